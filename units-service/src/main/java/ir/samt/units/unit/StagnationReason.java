package ir.samt.units.unit;

/** Why a unit stopped (ISIPO's causes, docs/units.md). */
public enum StagnationReason {
    /** نقدینگی و تأمین مالی */
    LIQUIDITY,
    /** مواد اولیه */
    RAW_MATERIALS,
    /** ماشین‌آلات و فناوری */
    MACHINERY_TECHNOLOGY,
    /** بازار */
    MARKET,
    /** انرژی */
    ENERGY,
    /** ارز */
    CURRENCY,
    OTHER
}
