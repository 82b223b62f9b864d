import ITABuildInfo

/// What `ita --version` says. The version number is written here and nowhere else:
/// Scripts/package.sh asks the built ita for it to name the Debian package.
enum Version {
    static let number = "0.1.0"

    /// The commit the package was built from (baked in by Scripts/package.sh), or, for a build
    /// from source that was not told its commit, that it was not recorded.
    static var text: String {
        let commit = String(cString: ita_build_commit())
        return commit.isEmpty ? "\(number) (built from source, commit not recorded)" : "\(number) (commit \(commit))"
    }
}
