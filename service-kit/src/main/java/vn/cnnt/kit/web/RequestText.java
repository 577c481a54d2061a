package vn.cnnt.kit.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.cnnt.kit.json.StrictJson;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/**
 * What a request says outside its body, checked before any resource runs: a path segment or query parameter holding a
 * C0 control character (U+0000 first, which PostgreSQL cannot store) or longer than
 * {@link StrictJson#MAX_TEXT_LENGTH} characters is a 422 naming the parameter, and a body sent
 * without a Content-Type is a 415 rather than being read as JSON.
 */
public class RequestText {

    @ServerRequestFilter(preMatching = true)
    public void requireContentType(ContainerRequestContext request) {
        if (request.getMediaType() == null && hasBody(request)) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("A body needs a Content-Type; send application/json");
        }
    }

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            int inName = StrictJson.forbiddenControl(parameter.getKey());
            if (inName >= 0) {
                throw ProblemException.invalidField("query", "a parameter name " + StrictJson.controlMessage(inName));
            }
            for (String value : parameter.getValue()) {
                String refusal = StrictJson.refusal(value);
                if (refusal != null) {
                    throw ProblemException.invalidField(parameter.getKey(), refusal);
                }
            }
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            return !length.isBlank() && !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
