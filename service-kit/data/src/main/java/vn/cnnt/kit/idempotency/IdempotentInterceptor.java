package vn.cnnt.kit.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;

/**
 * Runs inside the method's transaction (after the transaction interceptor, priority 200): the key row is claimed
 * first, so a concurrent retry waits on the row's unique index until the first request commits (then gets its
 * result) or rolls back (then runs itself). A failed request stores nothing. The result is stored as JSON and read
 * back as the method's return type, so a replay answers exactly what the first call answered. A method may store its
 * answer earlier, before its last statement ({@link IdempotencyKeys#answerNow}).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotentInterceptor {

    private final IdempotencyKeys keys;
    private final Caller caller;
    private final IdempotencyOutcome outcome;
    private final ObjectMapper json;

    IdempotentInterceptor(IdempotencyKeys keys, Caller caller, IdempotencyOutcome outcome, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.outcome = outcome;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        int keyAt = keyParameter(method);
        String key = (String) call.getParameters()[keyAt];
        if (key == null) {
            return call.proceed();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidField(IdempotencyKey.HEADER, "must be 1 to 200 characters");
        }
        String operation = method.getAnnotation(Idempotent.class).value();
        String fingerprint = operation + "\n" + keys.json(argumentsBut(call.getParameters(), keyAt));
        String earlier = keys.claim(caller.id(), key, operation, fingerprint);
        if (earlier != null) {
            if (Arc.container().requestContext().isActive()) {
                outcome.replayed();
            }
            return json.readValue(earlier, json.constructType(method.getGenericReturnType()));
        }
        IdempotencyKeys.Call pending = keys.begin(caller.id(), key);
        try {
            Object result = call.proceed();
            keys.completeUnlessAnswered(pending, result);
            return result;
        } finally {
            keys.end(pending);
        }
    }

    private static int keyParameter(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(IdempotencyKey.class) && parameters[i].getType() == String.class) {
                return i;
            }
        }
        throw new IllegalStateException(method + " is @Idempotent but has no @IdempotencyKey String parameter");
    }

    private static List<Object> argumentsBut(Object[] arguments, int skipped) {
        List<Object> rest = new ArrayList<>(arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            if (i != skipped) {
                rest.add(arguments[i]);
            }
        }
        return rest;
    }
}
