-- Issue 17: a list of plans shows each plan's funding total. Summing its lines for every row of every page made the
-- list query several times dearer than the page itself; the total is now kept on the plan, by the database, from the
-- lines as they are written, so that no code path can leave it behind. The detail of a plan still sums its lines.

ALTER TABLE plan ADD COLUMN funding_total_vnd bigint NOT NULL DEFAULT 0
    CONSTRAINT plan_funding_total_non_negative CHECK (funding_total_vnd >= 0);

UPDATE plan p SET funding_total_vnd = COALESCE((SELECT sum(l.amount_vnd) FROM plan_funding_line l WHERE l.plan_id = p.id), 0);

-- At most 2 000 lines of at most 10^15 đồng each: the total fits a bigint, and PostgreSQL refuses an overflow anyway.
CREATE FUNCTION plan_funding_total_follows_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE plan SET funding_total_vnd = funding_total_vnd - OLD.amount_vnd WHERE id = OLD.plan_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE plan SET funding_total_vnd = funding_total_vnd + NEW.amount_vnd WHERE id = NEW.plan_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER plan_funding_total AFTER INSERT OR DELETE OR UPDATE OF plan_id, amount_vnd ON plan_funding_line
    FOR EACH ROW EXECUTE FUNCTION plan_funding_total_follows_lines();
