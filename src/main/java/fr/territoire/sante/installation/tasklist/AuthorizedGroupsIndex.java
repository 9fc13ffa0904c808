package fr.territoire.sante.installation.tasklist;

/**
 * An index on the groups named in the engine's authorizations. Before every command that checks
 * authorizations (each Tasklist page among them), the engine lists the distinct groups that have any
 * authorization, {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: one per candidate group
 * of every open task, so 20,000 rows with 10,000 open dossiers. Read from this small index instead of
 * the table, it costs PostgreSQL about 1 ms instead of 2.4 (docs/performance.md, section 3).
 */
final class AuthorizedGroupsIndex {

    static final String NAME = "authorization_group_idx";

    private AuthorizedGroupsIndex() {
    }

    static String createStatement() {
        return "create index if not exists " + NAME + " on ACT_RU_AUTHORIZATION (GROUP_ID_)";
    }
}
