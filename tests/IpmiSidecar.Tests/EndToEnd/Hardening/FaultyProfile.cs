using System.Text.Json;
using System.Text.Json.Nodes;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>The shipped demo-1u profile with <c>faults</c> armed on its simulated bus 1, written to a temporary file.</summary>
public static class FaultyProfile
{
    public static string DemoPath => Path.Combine(AppContext.BaseDirectory, "platforms", "demo-1u.json");

    /// <summary>Writes the variant and returns its path; <paramref name="faults"/> are JSON objects as a profile author writes them.</summary>
    public static string Write(params string[] faults)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var profile = JsonNode.Parse(File.ReadAllText(DemoPath), documentOptions: options)!.AsObject();
        var bus = profile["buses"]![0]!.AsObject();
        bus["faults"] = new JsonArray(faults.Select(f => JsonNode.Parse(f)).ToArray());
        var path = Path.Combine(Directory.CreateTempSubdirectory("ipmisidecar-profile-").FullName, "demo-1u-faulty.json");
        File.WriteAllText(path, profile.ToJsonString());
        return path;
    }
}
