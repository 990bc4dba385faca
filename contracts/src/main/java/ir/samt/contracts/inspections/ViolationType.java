package ir.samt.contracts.inspections;

/**
 * The standard violation types of provincial inspection reports (domain.md §7). units-service's API
 * carries their Persian names; the wire carries these constants.
 */
public enum ViolationType {
    /** گران‌فروشی */
    OVERPRICING,
    /** کم‌فروشی */
    SHORT_SELLING,
    /** عدم درج قیمت */
    NO_PRICE_TAG,
    /** عدم نصب نرخ‌نامه (Guild System Law arts. 65–66) */
    NO_PRICE_LIST,
    /** عدم صدور یا ارائه فاکتور */
    NO_INVOICE,
    /** عرضه خارج از شبکه */
    OUTSIDE_NETWORK,
    /** احتکار، امتناع از عرضه */
    HOARDING,
    /** کالای قاچاق */
    SMUGGLED_GOODS,
    /** بهداشت */
    HYGIENE,
    /** سایر */
    OTHER
}
