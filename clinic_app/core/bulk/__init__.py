"""Bulk review of a county's records (issue 6): importing the DOJ research file and court
exports into canonical rows. Matching, county policy, evaluation and outputs build on
`readers.ImportResult`."""
