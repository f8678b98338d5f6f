using System.Buffers;
using System.Text.Json;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Microsoft.Extensions.Logging;
using Oem.State;

namespace IpmiSidecar.Users;

/// <summary>
/// users.json: <c>{"version":1,"users":[{"id":2,"name":"admin","password":"&lt;base64&gt;","privilege":"Administrator",
/// "enabled":true,"ipmiMessaging":true,"changedOverIpmi":false}]}</c>. Written atomically: a temporary file in the
/// same directory created with mode 0600, fsync, rename over the old file, fsync of the directory.
/// </summary>
public static class UserFile
{
    public const int Version = 1;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public sealed record Entry(UserAccount Account, bool ChangedOverIpmi);

    public static IReadOnlyList<Entry> Read(string path, ILogger logger)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            logger.UserFileModeFixed(path);
            File.SetUnixFileMode(path, OwnerOnly);
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("version").GetInt32() != Version)
                throw new InvalidDataException($"{path}: version {root.GetProperty("version")} is not {Version}.");
            return [.. root.GetProperty("users").EnumerateArray().Select(ReadEntry)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{path} cannot be read ({e.Message}); fix or remove it (users then come from the configuration).", e);
        }
    }

    private static Entry ReadEntry(JsonElement user)
    {
        var account = new UserAccount(
            user.GetProperty("id").GetByte(),
            user.GetProperty("name").GetString() ?? "",
            user.GetProperty("password").GetBytesFromBase64(),
            Enum.Parse<PrivilegeLevel>(user.GetProperty("privilege").GetString() ?? ""),
            user.GetProperty("enabled").GetBoolean(),
            user.GetProperty("ipmiMessaging").GetBoolean());
        return new Entry(account, user.GetProperty("changedOverIpmi").GetBoolean());
    }

    /// <summary>Replaces the file atomically, created owner-only: it holds passwords.</summary>
    public static void Write(string path, IEnumerable<Entry> entries)
    {
        var content = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(content, new JsonWriterOptions { Indented = true }))
            WriteDocument(writer, entries);
        AtomicFile.Write(path, content.WrittenSpan, OwnerOnly);
    }

    private static void WriteDocument(Utf8JsonWriter writer, IEnumerable<Entry> entries)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("users");
        foreach (var (account, changed) in entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", account.Id);
            writer.WriteString("name", account.Name);
            writer.WriteBase64String("password", account.Password);
            writer.WriteString("privilege", account.MaxPrivilege.ToString());
            writer.WriteBoolean("enabled", account.Enabled);
            writer.WriteBoolean("ipmiMessaging", account.IpmiMessaging);
            writer.WriteBoolean("changedOverIpmi", changed);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
