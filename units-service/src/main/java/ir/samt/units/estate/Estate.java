package ir.samt.units.estate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An industrial town or zone. Reference data: registered once, then only read. */
@Entity
@Table(name = "estate")
public class Estate extends PanacheEntityBase {

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public EstateKind kind;
    @Column(name = "name_fa")
    public String nameFa;
    @Column(name = "name_en")
    public String nameEn;
    public String province;
    public String county;
    /** The date the estate counts from; null for estates registered before it was recorded (until V4). */
    @Column(name = "established_on")
    public LocalDate establishedOn;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public static List<Estate> search(String province, EstateKind kind) {
        StringBuilder query = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (province != null) {
            query.append(" and province = :province");
            params.put("province", province);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        return list(query + " order by code", params);
    }
}
