"""Release metadata built from the data and the schemas: datapackage.json, CITATION.cff, card, plots."""
