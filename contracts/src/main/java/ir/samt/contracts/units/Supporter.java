package ir.samt.contracts.units;

/** Bodies that supported a revival (احیا). */
public enum Supporter {
    SAMT, INDUSTRIAL_TOWNS_COMPANY, GOVERNORATE, BANKS, OTHER
}
