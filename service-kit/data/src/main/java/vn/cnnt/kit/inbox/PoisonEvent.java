package vn.cnnt.kit.inbox;

/**
 * An event that will not be processed: it goes to the dead-letter topic with this message as the reason, and the
 * consumer moves on. Its {@link #kind()} tags the {@code cnnt.dead.letters} counter: {@code unreadable} (not a
 * CloudEvent, unparseable data), {@code rule} (the effect refused it by a rule of this service), {@code refused}
 * (the database or the code refused it: a constraint, a bug), {@code transient} (the database stayed unavailable
 * for the whole retry budget; replay it from the dead-letter topic).
 */
public class PoisonEvent extends RuntimeException {

    private final String kind;

    public PoisonEvent(String reason) {
        this("rule", reason, null);
    }

    public PoisonEvent(String reason, Throwable cause) {
        this("rule", reason, cause);
    }

    private PoisonEvent(String kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    static PoisonEvent unreadable(String reason) {
        return new PoisonEvent("unreadable", reason, null);
    }

    static PoisonEvent unreadable(String reason, Throwable cause) {
        return new PoisonEvent("unreadable", reason, cause);
    }

    static PoisonEvent rule(String reason, Throwable cause) {
        return new PoisonEvent("rule", reason, cause);
    }

    static PoisonEvent refused(String reason, Throwable cause) {
        return new PoisonEvent("refused", reason, cause);
    }

    static PoisonEvent transientExhausted(String reason, Throwable cause) {
        return new PoisonEvent("transient", reason, cause);
    }

    public String kind() {
        return kind;
    }
}
