package be.openboek.render;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;

/**
 * JBake keeps its documents in an OrientDB database; for a bake it lives in memory and is thrown away. OrientDB
 * hashes the password of its built-in users with 65,536 PBKDF2 rounds at every start, a third of a second that
 * protects nothing here: one round is enough. Set through OrientDB's own typed setting, before JBake starts it.
 */
final class JBakeDatabase {

    private JBakeDatabase() {
    }

    static void configure() {
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
    }
}
