package ir.samt.permits.permit;

/** New (ایجادی) or expansion (توسعه‌ای): establishment and operating licences come as either. */
public enum PermitScope {
    NEW, EXPANSION
}
