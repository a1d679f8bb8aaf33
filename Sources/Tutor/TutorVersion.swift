/// The version `--version` prints.
public enum TutorVersion {
    public static let current = "0.1.0"
}
