package be.openboek.bench;

import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Bakes a {@link PlainJBakeSite} with stock jbake-core 2.7.0, as a library user would: {@code PlainJBake SOURCE OUTPUT}. */
public final class PlainJBake {

    private PlainJBake() {
    }

    public static void main(String[] args) throws Exception {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println("jbake: " + e.getMessage()));
            System.exit(1);
        }
    }
}
