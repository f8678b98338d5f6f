using System.Text.Json;

namespace Oem.Platform;

/// <summary>
/// Loads a platform profile from JSON and validates it. Every failure is a <see cref="ProfileException"/>
/// naming the file, the field and what was expected; nothing half-valid is returned.
/// </summary>
public static class ProfileLoader
{
    /// <summary>The embedded demo profile's file name, shipped next to the executable under platforms/.</summary>
    public const string DemoProfileFileName = "demo-1u.json";

    public static PlatformProfile Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(path, "(file)", $"cannot be read: {e.Message}");
        }
        return Parse(json, path);
    }

    public static PlatformProfile Parse(string json, string sourceName)
    {
        PlatformProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize(json, ProfileJsonContext.Default.PlatformProfile);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            if (MissingProperty(e.Message) is { } missing)
                throw new ProfileException(sourceName, $"{e.Path ?? "$"}.{missing}", $"is missing; this field is required{where}");
            throw new ProfileException(sourceName, e.Path ?? "$", FirstSentence(e.Message) + where);
        }
        if (profile is null)
            throw new ProfileException(sourceName, "$", "the profile is empty; expected a JSON object");
        ProfileValidator.Validate(profile, sourceName);
        return profile;
    }

    // System.Text.Json reports a missing `required` member as "… missing required properties including: 'bus'." at the object's path.
    private static string? MissingProperty(string message)
    {
        const string marker = "missing required properties including: '";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += marker.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its messages; we report those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
