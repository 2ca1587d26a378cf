namespace FinalAccounts.Api.Snapshot;

/// <summary>Relative data paths are resolved against the repository root (the folder holding Api.sln),
/// so the server finds data/ whether it is started from the root, the project folder or a test.</summary>
public static class RepositoryRoot
{
    public static string Resolve(string path, string startFolder)
    {
        if (System.IO.Path.IsPathRooted(path)) return path;
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Api.sln")))
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, path));
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(startFolder, path));
    }
}
