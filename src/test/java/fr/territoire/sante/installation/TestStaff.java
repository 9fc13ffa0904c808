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

    private static void create(IdentityService identity, String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setEmail(email(id));
            user.setPassword(password(id));
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
