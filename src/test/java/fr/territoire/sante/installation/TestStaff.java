package fr.territoire.sante.installation;

import fr.territoire.sante.installation.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Fictional staff members the tests log in as: one per group, each with an e-mail address. */
public final class TestStaff {

    public static final String CLS = "cls1";
    public static final String CPTS = "cpts1";
    public static final String PILOTAGE = "pilotage1";
    /** A CLS member who is also the data-protection referent (group rgpd). */
    public static final String RGPD = "rgpd1";

    private TestStaff() {
    }

    public static void createIn(IdentityService identity) {
        create(identity, CLS, Groups.CLS);
        create(identity, CPTS, Groups.CPTS);
        create(identity, PILOTAGE, Groups.PILOTAGE);
        create(identity, RGPD, Groups.CLS);
        if (identity.createGroupQuery().groupId(Groups.RGPD).groupMember(RGPD).count() == 0) {
            identity.createMembership(RGPD, Groups.RGPD);
        }
    }

    public static String password(String userId) {
        return "mot-de-passe-" + userId;
    }

    public static String email(String userId) {
        return userId + "@exemple.invalid";
    }

    /**
     * Another user a test signs in as ({@link #password}), with no e-mail address, in {@code group} (none
     * when null); created once, as the integration tests' database outlives a run.
     */
    public static void ensureUser(IdentityService identity, String id, String firstName, String group) {
        ensure(identity, id, firstName, null, group);
    }

    private static void create(IdentityService identity, String id, String group) {
        ensure(identity, id, id, email(id), group);
    }

    private static void ensure(IdentityService identity, String id, String firstName, String email, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName("Test");
            user.setEmail(email);
            user.setPassword(password(id));
            identity.saveUser(user);
            if (group != null) {
                identity.createMembership(id, group);
            }
        }
    }
}
