package vn.cnnt.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cnnt.kit.paging.PageRequest;

/**
 * The optional filters of a list query (JPQL, or SQL through {@link #sql}), the one way every repository builds them:
 * each filter is a condition written in the code with its values bound as parameters, never concatenated into the
 * query. A filter whose value is {@code null} is no filter; the conditions are joined with {@code AND}.
 *
 * <pre>{@code
 * QueryFilter where = QueryFilter.of()
 *         .when(!allProvinces, "p.currentProvinceCode = :province", "province", province)
 *         .equal("p.status", status)
 *         .containsAll("p.searchText", TextSearch.likePatterns(q))
 *         .greater("p.id", afterId); // or .after/.before("p.issuedOn", "p.id", cursor) on a (date, id) keyset
 * return where.query(em, "FROM Project p", "ORDER BY p.id", Project.class).setMaxResults(limit).getResultList();
 * }</pre>
 *
 * Conditions and paths are code, not input: a path must be a dotted identifier and a condition may hold no quote, so
 * a literal value cannot be written into one by mistake.
 */
public final class QueryFilter {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Prefix of generated parameter names; names given to {@link #when} may not use it. */
    private static final String GENERATED = "f_";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private QueryFilter() {}

    /** No filter yet. */
    public static QueryFilter of() {
        return new QueryFilter();
    }

    /** {@code path = value}, unless the value is null. */
    public QueryFilter equal(String path, Object value) {
        return compare(path, "=", value);
    }

    /** {@code path > value}, unless the value is null (a keyset cursor on an ascending key). */
    public QueryFilter greater(String path, Object value) {
        return compare(path, ">", value);
    }

    /** {@code path >= value}, unless the value is null. */
    public QueryFilter atLeast(String path, Object value) {
        return compare(path, ">=", value);
    }

    /** {@code path <= value}, unless the value is null. */
    public QueryFilter atMost(String path, Object value) {
        return compare(path, "<=", value);
    }

    /**
     * One {@code path LIKE pattern ESCAPE '\'} per pattern (every one must match), as made by
     * {@code TextSearch.likePatterns}; none for an empty list.
     */
    public QueryFilter containsAll(String path, List<String> likePatterns) {
        requirePath(path);
        for (String pattern : likePatterns) {
            conditions.add(path + " LIKE :" + bind(pattern) + " ESCAPE '\\'");
        }
        return this;
    }

    /**
     * The keyset of a list ordered by {@code (datePath, idPath)} ascending: the rows after the cursor; nothing for a
     * null cursor (the first page).
     */
    public QueryFilter after(String datePath, String idPath, PageRequest.DateAndId cursor) {
        return keyset(datePath, idPath, ">", cursor);
    }

    /**
     * The keyset of a list ordered by {@code (datePath, idPath)} descending (newest first): the rows after the cursor
     * in that order; nothing for a null cursor (the first page).
     */
    public QueryFilter before(String datePath, String idPath, PageRequest.DateAndId cursor) {
        return keyset(datePath, idPath, "<", cursor);
    }

    /**
     * A condition of its own (a keyset on two columns, a filter that applies whatever its value), with its named
     * parameters given as name, value pairs; nothing when {@code applies} is false. A value may be null here: it is
     * bound as it is.
     */
    public QueryFilter when(boolean applies, String condition, Object... namesAndValues) {
        if (condition.indexOf('\'') >= 0 || condition.indexOf(';') >= 0) {
            throw new IllegalArgumentException("A condition holds no literal: bind its values (" + condition + ")");
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come in name, value pairs: " + condition);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)
                    || !PARAMETER.matcher(name).matches()
                    || name.startsWith(GENERATED)) {
                throw new IllegalArgumentException("Not a parameter name: " + namesAndValues[i]);
            }
            if (!uses(condition, name)) {
                throw new IllegalArgumentException("The condition does not use :" + name + ": " + condition);
            }
        }
        if (!applies) {
            return this;
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (parameters.containsKey(name)) {
                throw new IllegalArgumentException("Parameter :" + name + " is bound twice");
            }
            parameters.put(name, namesAndValues[i + 1]);
        }
        conditions.add("(" + condition + ")");
        return this;
    }

    /** {@code ""} without conditions, otherwise {@code " WHERE c1 AND c2 ..."}. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code ""} without conditions, otherwise {@code " AND c1 AND c2 ..."}: after a WHERE of the query's own. */
    public String and() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** The values to bind, by parameter name. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Binds every parameter of the filter to the query. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code select + where() + " " + orderBy} as a typed query with the filter's parameters bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
        return bind(em.createQuery(select + where() + " " + orderBy, type));
    }

    /**
     * The filter as plain SQL for JDBC, where no ORM is worth its cost (a read that only copies columns into an answer):
     * {@code select + where() + " " + orderBy} with each {@code :name} turned into {@code ?} and its value added in that
     * order (a name used twice is bound twice). The paths of the filter are then columns, not entity attributes.
     */
    public Sql sql(String select, String orderBy) {
        String query = select + where() + " " + orderBy;
        StringBuilder text = new StringBuilder(query.length());
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < query.length() && query.charAt(i + 1) == ':') {
                text.append("::"); // a cast, not a parameter
                i++;
                continue;
            } else if (!quoted && c == ':') {
                int end = i + 1;
                while (end < query.length()
                        && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_')) {
                    end++;
                }
                String name = query.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("Parameter :" + name + " has no value: " + query);
                }
                values.add(parameters.get(name));
                text.append('?');
                i = end - 1;
                continue;
            }
            text.append(c);
        }
        return new Sql(text.toString(), Collections.unmodifiableList(values));
    }

    /** A query with {@code ?} placeholders and their values in order. */
    public record Sql(String text, List<Object> values) {

        /**
         * Prepares the query on the connection with its values bound, then {@code extra} values after them (a
         * {@code LIMIT ?} at the end of the order).
         */
        public PreparedStatement prepare(Connection connection, Object... extra) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            try {
                int at = 1;
                for (Object value : values) {
                    statement.setObject(at++, value instanceof Enum<?> e ? e.name() : value);
                }
                for (Object value : extra) {
                    statement.setObject(at++, value);
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    private QueryFilter keyset(String datePath, String idPath, String operator, PageRequest.DateAndId cursor) {
        requirePath(datePath);
        requirePath(idPath);
        if (cursor != null) {
            String date = bind(cursor.date());
            String id = bind(cursor.id());
            conditions.add("(" + datePath + " " + operator + " :" + date + " OR (" + datePath + " = :" + date + " AND "
                    + idPath + " " + operator + " :" + id + "))");
        }
        return this;
    }

    private QueryFilter compare(String path, String operator, Object value) {
        requirePath(path);
        if (value != null) {
            conditions.add(path + " " + operator + " :" + bind(value));
        }
        return this;
    }

    private String bind(Object value) {
        String name = GENERATED + parameters.size();
        parameters.put(name, value);
        return name;
    }

    private static void requirePath(String path) {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a path: " + path);
        }
    }

    /**
     * Whether the condition binds {@code :name} itself, not only a longer name that starts with it: what the regular
     * expression {@code :name\b} says, without compiling one for each parameter of each query.
     */
    static boolean uses(String condition, String name) {
        String parameter = ":" + name;
        for (int at = condition.indexOf(parameter); at >= 0; at = condition.indexOf(parameter, at + 1)) {
            int next = at + parameter.length();
            if (next == condition.length()
                    || !(Character.isLetterOrDigit(condition.charAt(next)) || condition.charAt(next) == '_')) {
                return true;
            }
        }
        return false;
    }
}
