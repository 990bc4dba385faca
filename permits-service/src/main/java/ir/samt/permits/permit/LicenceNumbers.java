package ir.samt.permits.permit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Readable licence numbers, unique nationwide: {@code 25-1404-000123} is the 123rd licence Qom
 * (IR-25) issued in Jalali year 1404. The counter row is locked until the issuing transaction
 * commits, so numbers are gap-free per province and year and never repeat.
 */
@ApplicationScoped
public class LicenceNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String province, int jalaliYear) {
        Number value = (Number) em.createNativeQuery("""
                INSERT INTO licence_sequence (province, jalali_year, last_value) VALUES (?1, ?2, 1)
                ON CONFLICT (province, jalali_year) DO UPDATE SET last_value = licence_sequence.last_value + 1
                RETURNING last_value""")
                .setParameter(1, province)
                .setParameter(2, jalaliYear)
                .getSingleResult();
        return "%s-%d-%06d".formatted(province.substring(3), jalaliYear, value.longValue());
    }
}
