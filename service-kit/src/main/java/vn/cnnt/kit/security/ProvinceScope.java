package vn.cnnt.kit.security;

/** Which current province codes a list may show: all, one, or none. */
public record ProvinceScope(boolean everything, String code) {

    public static ProvinceScope all() {
        return new ProvinceScope(true, null);
    }

    public static ProvinceScope only(String currentCode) {
        return new ProvinceScope(false, currentCode);
    }

    public static ProvinceScope nothing() {
        return new ProvinceScope(false, null);
    }

    public boolean isEmpty() {
        return !everything && code == null;
    }
}
