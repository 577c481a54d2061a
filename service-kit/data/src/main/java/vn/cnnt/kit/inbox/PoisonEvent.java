package vn.cnnt.kit.inbox;

/**
 * An event that can never be processed (unparseable, unknown type, breaks a rule): it goes to the
 * dead-letter topic with this message as the reason, and the consumer moves on.
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason);
    }

    public PoisonEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
