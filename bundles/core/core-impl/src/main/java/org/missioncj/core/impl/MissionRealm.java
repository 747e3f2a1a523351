package org.missioncj.core.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.missioncj.core.api.security.AccountService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@code mission} JAAS realm that the REST API signs in against:
 * <ol>
 * <li>staff accounts of the mission database ({@link AccountLoginModule}, REQUISITE: an account
 * the database knows is decided there, so a disabled account stays out even if the same name
 * appears below);</li>
 * <li>Karaf's properties entry of the {@code karaf} realm (etc/users.properties with the site's
 * encryption settings), SUFFICIENT, for the bootstrap admin and operator sign-ins. It is taken
 * from the {@code karaf} realm as Karaf configures it, so it reads the same file the same way.</li>
 * </ol>
 */
@Component(service = JaasRealm.class, property = MissionRealm.MARKER + "=true")
public class MissionRealm implements JaasRealm {
    static final String NAME = "mission";
    static final String MARKER = "mission.jaas.realm";
    static final String KARAF_REALM = "karaf";
    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";

    private final AccountService accounts;
    private final String bundleId;
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    @Activate
    public MissionRealm(BundleContext context, @Reference AccountService accounts) {
        this(accounts, context.getBundle().getBundleId());
    }

    MissionRealm(AccountService accounts, long bundleId) {
        this.accounts = accounts;
        this.bundleId = Long.toString(bundleId);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + MARKER + "=true))")
    void bindRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void unbindRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        List<AppConfigurationEntry> entries = new ArrayList<>(2);
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, AccountLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, bundleId);
        options.put(AccountLoginModule.ACCOUNTS_OPTION, accounts);
        entries.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE, options));
        AppConfigurationEntry operators = operatorFileEntry();
        if (operators != null) {
            entries.add(new AppConfigurationEntry(operators.getLoginModuleName(), LoginModuleControlFlag.SUFFICIENT,
                    operators.getOptions()));
        }
        return entries.toArray(new AppConfigurationEntry[0]);
    }

    /** The etc/users.properties entry of the highest-ranked {@code karaf} realm, if there is one. */
    AppConfigurationEntry operatorFileEntry() {
        JaasRealm karaf = null;
        for (JaasRealm r : realms) {
            if (KARAF_REALM.equals(r.getName()) && (karaf == null || r.getRank() > karaf.getRank())) {
                karaf = r;
            }
        }
        if (karaf == null) {
            return null;
        }
        for (AppConfigurationEntry e : karaf.getEntries()) {
            if (PROPERTIES_MODULE.equals(e.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))) {
                return e;
            }
        }
        return null;
    }
}
