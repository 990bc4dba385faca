import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Benchmark load for stats-service: contract events (docs/events.md) as raw CloudEvents JSON.
 * Usage: java -cp <kafka-clients...> ProduceEvents.java <bootstrap> <count> [events-per-second, 0 = max] [order]
 * <p>order {@code uniform} (default): every event's effective date drawn from two Jalali years, the worst
 * case for the projections, since no two events of a batch share a day. {@code chronological}: effective
 * dates advance with the stream (up to two days late), as an outbox emits them when things happen.
 */
public class ProduceEvents {

    static final String[] KINDS = { "ESTABLISHMENT", "OPERATING", "GUILD" };
    static final String[] COUNTIES = { "قم", "کهک", "جعفرآباد", "مرکزی", "شمالی" };
    static final String[] SECTORS = { "15", "17", "24", "25", "26", "27", "28", "29", "52" };
    static final String[] REASONS = { "LIQUIDITY", "RAW_MATERIALS", "MARKET", "ENERGY", "CURRENCY" };
    static final LocalDate FIRST = LocalDate.of(2024, 3, 20);

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        long count = Long.parseLong(args[1]);
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        boolean chronological = args.length > 3 && args[3].equals("chronological");
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("acks", "all");
        p.put("linger.ms", rate > 0 ? "0" : "10");
        p.put("batch.size", "262144");
        p.put("compression.type", "lz4");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (long i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                }
                String[] e = event(i, count, chronological);
                ProducerRecord<String, String> r = new ProducerRecord<>(e[0], e[1], e[2]);
                r.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                producer.send(r);
            }
            producer.flush();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("produced %d events in %.1f s (%.0f/s)%n", count, s, count / s);
    }

    static String[] event(long i, long count, boolean chronological) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String province = String.format("IR-%02d", r.nextInt(31));
        String day = FIRST.plusDays(chronological ? Math.min(729, i * 730 / count + r.nextInt(3)) : r.nextInt(730)).toString();
        String county = COUNTIES[r.nextInt(COUNTIES.length)];
        String sector = SECTORS[r.nextInt(SECTORS.length)];
        String estate = r.nextInt(3) == 0 ? "null" : "\"" + province + "-T0" + r.nextInt(4) + "\"";
        String subject = UUID.randomUUID().toString();
        int dice = r.nextInt(100);
        if (dice < 60) {
            String kind = KINDS[r.nextInt(3)];
            String action = dice < 45 ? "issued" : dice < 52 ? "renewed" : dice < 56 ? "revoked" : "expired";
            String prev = action.equals("issued") ? "null" : action.equals("renewed") ? "\"EXPIRED\"" : "\"ACTIVE\"";
            String status = action.equals("revoked") ? "REVOKED" : action.equals("expired") ? "EXPIRED" : "ACTIVE";
            String scope = kind.equals("GUILD") ? "null" : r.nextBoolean() ? "\"NEW\"" : "\"EXPANSION\"";
            String data = "{\"permitId\":\"" + subject + "\",\"licenceNumber\":\"25-1404-" + i + "\",\"kind\":\"" + kind
                    + "\",\"scope\":" + scope + ",\"province\":\"" + province + "\",\"county\":\"" + county
                    + "\",\"estateCode\":" + estate + ",\"activityCode\":\"" + sector + "13\",\"sector\":\"" + sector
                    + "\",\"fixedInvestmentRials\":\"" + (r.nextLong(1_000_000, 10_000_000_000L) * 1000)
                    + "\",\"jobs\":" + r.nextInt(1, 200) + ",\"status\":\"" + status + "\",\"previousStatus\":" + prev
                    + ",\"version\":1,\"effectiveDate\":\"" + day + "\"}";
            return new String[] { "samt.permits.v1", subject, envelope("ir.samt.permit." + action, subject, data) };
        }
        String kind = r.nextInt(10) < 3 ? "INDUSTRIAL" : "GUILD";
        String action;
        String prev;
        String status;
        String extra = "";
        if (dice < 85) {
            action = "registered"; prev = "null"; status = "ACTIVE";
        } else if (dice < 93) {
            action = "stagnated"; prev = "\"ACTIVE\""; status = "STAGNANT";
            extra = ",\"reasons\":[\"" + REASONS[r.nextInt(REASONS.length)] + "\"]";
        } else if (dice < 98) {
            action = "revived"; prev = "\"STAGNANT\""; status = "ACTIVE";
            extra = ",\"supporters\":[\"SAMT\"],\"newInvestmentRials\":\"" + r.nextLong(1, 1_000_000) * 100_000
                    + "\",\"jobsRestored\":" + r.nextInt(1, 50);
        } else {
            action = "closed"; prev = "\"ACTIVE\""; status = "CLOSED";
        }
        String data = "{\"unitId\":\"" + subject + "\",\"kind\":\"" + kind + "\",\"province\":\"" + province
                + "\",\"county\":\"" + county + "\",\"estateCode\":" + estate + ",\"activityCode\":\"" + sector
                + "22\",\"sector\":\"" + sector + "\",\"employees\":" + r.nextInt(1, 100) + ",\"status\":\"" + status
                + "\",\"previousStatus\":" + prev + ",\"version\":1,\"effectiveDate\":\"" + day + "\"" + extra + "}";
        return new String[] { "samt.units.v1", subject, envelope("ir.samt.unit." + action, subject, data) };
    }

    /**
     * As the services' outbox makes them (platform's TimeOrderedIds, UUIDv7; IDS=random gives the version 4 ids
     * events had before): 48 bits of Unix milliseconds, version 7, then random bits.
     */
    static UUID eventId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        if ("random".equals(System.getenv("IDS"))) {
            return UUID.randomUUID();
        }
        long high = (System.currentTimeMillis() << 16) | 0x7000L | r.nextInt(0x1000);
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static String envelope(String type, String subject, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId() + "\",\"source\":\"/bench\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"" + Instant.now() + "\",\"datacontenttype\":"
                + "\"application/json\",\"data\":" + data + "}";
    }
}
