package ir.samt.contracts.permits;

/** New (ایجادی) or expansion (توسعه‌ای); establishment and operating licences only. */
public enum PermitScope {
    NEW, EXPANSION
}
