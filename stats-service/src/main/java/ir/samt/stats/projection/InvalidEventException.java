package ir.samt.stats.projection;

/** A record that does not follow the event contract; its message becomes the {@code dlq-reason} header. */
public class InvalidEventException extends Exception {

    public InvalidEventException(String reason) {
        super(reason, null, false, false);
    }
}
