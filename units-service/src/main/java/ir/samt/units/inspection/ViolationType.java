package ir.samt.units.inspection;

/** The standard violation types of provincial inspection reports (domain.md §7), with their Persian and English names. */
public enum ViolationType {
    OVERPRICING("گران‌فروشی", "Overpricing"),
    SHORT_SELLING("کم‌فروشی", "Short selling / short weight"),
    NO_PRICE_TAG("عدم درج قیمت", "No price on goods"),
    NO_PRICE_LIST("عدم نصب نرخ‌نامه", "No price list posted"),
    NO_INVOICE("عدم صدور فاکتور", "No invoice"),
    OUTSIDE_NETWORK("عرضه خارج از شبکه", "Supply outside the distribution network"),
    HOARDING("احتکار و امتناع از عرضه", "Hoarding / withholding"),
    SMUGGLED_GOODS("کالای قاچاق", "Smuggled goods"),
    HYGIENE("بهداشت", "Hygiene"),
    OTHER("سایر", "Other");

    private final String persianName;
    private final String englishName;

    ViolationType(String persianName, String englishName) {
        this.persianName = persianName;
        this.englishName = englishName;
    }

    public String persianName() {
        return persianName;
    }

    public String englishName() {
        return englishName;
    }

    ir.samt.contracts.inspections.ViolationType contract() {
        return switch (this) {
            case OVERPRICING -> ir.samt.contracts.inspections.ViolationType.OVERPRICING;
            case SHORT_SELLING -> ir.samt.contracts.inspections.ViolationType.SHORT_SELLING;
            case NO_PRICE_TAG -> ir.samt.contracts.inspections.ViolationType.NO_PRICE_TAG;
            case NO_PRICE_LIST -> ir.samt.contracts.inspections.ViolationType.NO_PRICE_LIST;
            case NO_INVOICE -> ir.samt.contracts.inspections.ViolationType.NO_INVOICE;
            case OUTSIDE_NETWORK -> ir.samt.contracts.inspections.ViolationType.OUTSIDE_NETWORK;
            case HOARDING -> ir.samt.contracts.inspections.ViolationType.HOARDING;
            case SMUGGLED_GOODS -> ir.samt.contracts.inspections.ViolationType.SMUGGLED_GOODS;
            case HYGIENE -> ir.samt.contracts.inspections.ViolationType.HYGIENE;
            case OTHER -> ir.samt.contracts.inspections.ViolationType.OTHER;
        };
    }
}
