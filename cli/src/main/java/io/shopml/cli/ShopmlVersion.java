package io.shopml.cli;

import picocli.CommandLine;

/** The version printed by {@code shopml --version}. */
final class ShopmlVersion implements CommandLine.IVersionProvider {

    static String version() {
        String v = ShopmlVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"shopml " + version(), "Java " + System.getProperty("java.version")};
    }
}
