import Foundation

/// Where the framework templates are: `Templates/` of the repository (a link to
/// Sources/ITAKit/Templates, so that the build copies them into ITAKit's resources), or the
/// folder `ITA_TEMPLATES` names.
public enum TemplatesFolder {
    public static var url: URL {
        // Asked by every reader's word list: the variable is read with getenv (ProcessInfo
        // copies the whole environment each time) and the bundle's folder is found once; the
        // variable is still read each time, so a change of it takes effect.
        if let override = getenv("ITA_TEMPLATES") {
            return URL(fileURLWithPath: String(cString: override))
        }
        return builtIn
    }

    private static let builtIn = Bundle.module.url(forResource: "Templates", withExtension: nil)!
}
