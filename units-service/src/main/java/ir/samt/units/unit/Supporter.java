package ir.samt.units.unit;

/** Bodies that supported a revival (احیا). */
public enum Supporter {
    /** سازمان صنعت، معدن و تجارت */
    SAMT,
    /** شرکت شهرک‌های صنعتی */
    INDUSTRIAL_TOWNS_COMPANY,
    /** استانداری */
    GOVERNORATE,
    /** بانک‌ها */
    BANKS,
    OTHER
}
