package ir.samt.units.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supervision campaign (طرح نظارتی ویژه): a named, dated window with priority goods, of one province or national. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_fa")
    public String nameFa;
    @Column(name = "name_en")
    public String nameEn;
    /** A province code, or {@code IR} for a national campaign. */
    public String province;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_priority_good", joinColumns = @JoinColumn(name = "campaign_code"))
    @OrderColumn(name = "position")
    @Column(name = "good")
    public List<String> priorityGoods = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    boolean appliesTo(String visitProvince) {
        return "IR".equals(province) || province.equals(visitProvince);
    }
}
