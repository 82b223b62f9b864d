import Foundation

/// Where the framework templates are: `Templates/` of the repository (a link to
/// Sources/ITAKit/Templates, so that the build copies them into ITAKit's resources), or the
/// folder `ITA_TEMPLATES` names.
public enum TemplatesFolder {
    public static var url: URL {
        if let override = ProcessInfo.processInfo.environment["ITA_TEMPLATES"] {
            return URL(fileURLWithPath: override)
        }
        return Bundle.module.url(forResource: "Templates", withExtension: nil)!
    }
}
