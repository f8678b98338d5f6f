using System.Globalization;
using System.Net;
using System.Text;
using Ipmi.Protocol;
using Microsoft.Extensions.Configuration;
using Oem.Handlers.Sel;

namespace IpmiSidecar.Configuration;

/// <summary>
/// Reads and validates the sidecar's configuration keys (Lan, Users, State, Platform). Every problem
/// stops start-up with a <see cref="ConfigurationException"/> naming the key, its source and the fix.
/// </summary>
public sealed class SettingsReader(IConfiguration configuration, string contentRoot, string applicationDirectory)
{
    private static readonly Dictionary<string, string[]> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lan"] = ["Address", "Port", "CipherSuites", "AllowCipherSuiteZero", "BmcKey", "BmcKeyFile", "AllowedSources", "SessionIdleTimeoutSeconds", "MaxSessions",
                    "LoginBurstPerSource", "LoginRefillSeconds", "MaxHalfOpenPerSource", "MaxHalfOpenSessions"],
        ["State"] = ["Directory"],
        ["Sel"] = ["Capacity", "WhenFull"],
        ["I2c"] = ["MasterWriteReadAllow"],
        ["Platform"] = ["Profile"],
    };
    private static readonly string[] UserKeys = ["Name", "Password", "PasswordFile", "Privilege"];
    private static readonly byte[] DefaultCipherSuites = [3, 17];

    public SidecarSettings Read()
    {
        RejectUnknownKeys();
        var address = ReadAddress();
        var users = ReadUsers();
        var usingDemo = users.Count == 0;
        if (usingDemo && !IPAddress.IsLoopback(address))
            throw Error("Lan:Address", $"{address} is not a loopback address, and the demo account '{DemoAccount.Name}' with its published password is in use; " +
                                       "configure at least one user first (Users:0:Name, Users:0:PasswordFile, Users:0:Privilege)");
        return new SidecarSettings
        {
            LanAddress = address,
            LanPort = ReadInt("Lan:Port", 6230, 0, 65535),
            CipherSuites = ReadCipherSuites(),
            BmcKey = ReadBmcKey(),
            AllowedSources = ReadAllowedSources(),
            MasterWriteReadAllow = ReadMasterWriteReadAllow(),
            SessionIdleTimeout = TimeSpan.FromSeconds(ReadInt("Lan:SessionIdleTimeoutSeconds", 60, 5, 3600)),
            MaxSessions = ReadInt("Lan:MaxSessions", 63, 1, 63),
            LoginBurst = ReadInt("Lan:LoginBurstPerSource", 128, 0, 100000),
            LoginRefill = TimeSpan.FromSeconds(ReadInt("Lan:LoginRefillSeconds", 6, 1, 86400)),
            MaxHalfOpenPerSource = ReadHalfOpenPerSource(),
            MaxHalfOpenSessions = ReadInt("Lan:MaxHalfOpenSessions", 128, 1, 1024),
            Users = usingDemo ? [DemoAccount.Create()] : users,
            UsingDemoAccount = usingDemo,
            StateDirectory = Path.GetFullPath(configuration["State:Directory"] ?? "state", contentRoot),
            SelCapacity = ReadInt("Sel:Capacity", SelStore.DefaultCapacity, 16, SelStore.MaxCapacity),
            SelWhenFull = ReadSelWhenFull(),
            ProfilePath = configuration["Platform:Profile"] is { Length: > 0 } profile
                ? Path.GetFullPath(profile, contentRoot)
                : Path.Combine(applicationDirectory, "platforms", Oem.Platform.ProfileLoader.DemoProfileFileName),
        };
    }

    /// <summary>A source's share of the half-open table may not exceed the table, or one source could fill it.</summary>
    private int ReadHalfOpenPerSource()
    {
        var perSource = ReadInt("Lan:MaxHalfOpenPerSource", 64, 1, 1024);
        var total = ReadInt("Lan:MaxHalfOpenSessions", 128, 1, 1024);
        if (perSource >= total && total > 1)
            throw Error("Lan:MaxHalfOpenPerSource", $"{perSource} is not below Lan:MaxHalfOpenSessions ({total}), so one source could fill the table; " +
                                                    "set it below Lan:MaxHalfOpenSessions (half of it by default)");
        return perSource;
    }

    /// <summary>Keys of earlier releases, with what replaced them.</summary>
    private static readonly Dictionary<string, string> ReplacedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lan:LoginFailureLimit"] = LoginLockoutReplaced,
        ["Lan:LoginFailureWindowSeconds"] = LoginLockoutReplaced,
        ["Lan:LoginLockoutSeconds"] = LoginLockoutReplaced,
    };

    private const string LoginLockoutReplaced =
        "is no longer read: the per-source and per-user lockout was replaced by a per-source login budget that locks no " +
        "account; remove the key and, if needed, set Lan:LoginBurstPerSource and Lan:LoginRefillSeconds (SECURITY.md, \"Login limits\")";

    private void RejectUnknownKeys()
    {
        foreach (var (section, keys) in KnownKeys)
            foreach (var child in configuration.GetSection(section).GetChildren())
                if (ReplacedKeys.TryGetValue($"{section}:{child.Key}", out var replaced))
                    throw Error($"{section}:{child.Key}", replaced);
                else if (!keys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
                    throw Error($"{section}:{child.Key}", $"is not a known setting; expected one of {string.Join(", ", keys.Select(k => $"{section}:{k}"))}");
    }

    private IPAddress ReadAddress()
    {
        var text = configuration["Lan:Address"];
        if (text is null)
            return IPAddress.Loopback;
        return IPAddress.TryParse(text, out var address)
            ? address
            : throw Error("Lan:Address", $"'{text}' is not an IP address; expected e.g. 127.0.0.1, 0.0.0.0 or ::");
    }

    private int ReadInt(string key, int fallback, int min, int max)
    {
        var text = configuration[key];
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Error(key, $"'{text}' is not valid; expected a whole number from {min} to {max}");
    }

    private bool ReadBool(string key)
    {
        var text = configuration[key];
        if (text is null)
            return false;
        return bool.TryParse(text, out var value) ? value : throw Error(key, $"'{text}' is not valid; expected true or false");
    }

    private byte[] ReadCipherSuites()
    {
        var items = ReadList("Lan:CipherSuites");
        if (items is null)
            return DefaultCipherSuites;
        var suites = new List<byte>();
        foreach (var (key, text) in items)
        {
            if (!byte.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !(SupportedCipherSuites.Contains(id) || (id == 0 && ReadBool("Lan:AllowCipherSuiteZero"))))
                throw Error(key, $"'{text}' is not a supported cipher suite; expected some of {string.Join(", ", SupportedCipherSuites)} (0 only with Lan:AllowCipherSuiteZero)");
            if (!suites.Contains(id))
                suites.Add(id);
        }
        if (suites.Count == 0)
            throw Error("Lan:CipherSuites", $"is empty; expected at least one of {string.Join(", ", SupportedCipherSuites)}");
        return [.. suites];
    }

    /// <summary>Cipher suites the LAN layer implements (IPMI v2.0 §22.15.2, Table 22-20).</summary>
    public static readonly byte[] SupportedCipherSuites = [1, 2, 3, 15, 16, 17];

    private List<UserSettings> ReadUsers()
    {
        var users = new List<UserSettings>();
        foreach (var child in configuration.GetSection("Users").GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue))
        {
            var prefix = child.Path;
            foreach (var key in child.GetChildren())
                if (!UserKeys.Contains(key.Key, StringComparer.OrdinalIgnoreCase))
                    throw Error(key.Path, $"is not a known user setting; expected {string.Join(", ", UserKeys.Select(k => $"{prefix}:{k}"))}");
            var name = child["Name"];
            if (string.IsNullOrEmpty(name))
                throw Error($"{prefix}:Name", "is missing; every user needs a name (anonymous users are refused)");
            if (!Ascii.IsValid(name) || name.Length > UserSettings.MaxNameLength || name.Any(char.IsControl))
                throw Error($"{prefix}:Name", $"'{name}' is not valid; expected 1 to {UserSettings.MaxNameLength} printable ASCII characters");
            if (users.Any(u => string.Equals(u.Name, name, StringComparison.Ordinal)))
                throw Error($"{prefix}:Name", $"'{name}' is configured twice; user names must be unique");
            users.Add(new UserSettings(name, ReadPassword(prefix), ReadPrivilege(prefix)));
        }
        return users;
    }

    /// <summary>
    /// Master Write-Read targets as "bus:address" with a 7-bit address ("1:0x50"); unset = the profile's chips.
    /// An empty value allows none.
    /// </summary>
    private (int Bus, int Address)[]? ReadMasterWriteReadAllow()
    {
        var items = ReadList("I2c:MasterWriteReadAllow");
        if (items is null)
            return null;
        var targets = new List<(int, int)>();
        foreach (var (key, text) in items)
        {
            var parts = text.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bus)
                || !TryParseAddress(parts[1], out var address) || address is < 0x03 or > 0x77)
                throw Error(key, $"'{text}' is not a target; expected bus:address with a 7-bit address, e.g. 1:0x50 (8-bit 0xA0 is 7-bit 0x50)");
            targets.Add((bus, address));
        }
        return [.. targets];
    }

    private static bool TryParseAddress(string text, out int address) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out address)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out address);

    /// <summary>A list setting, as an array (Key:0=a) or one comma-separated value (Key=a,b); null when unset.</summary>
    private List<(string Key, string Text)>? ReadList(string key)
    {
        var section = configuration.GetSection(key);
        var children = section.GetChildren().ToList();
        if (children.Count == 0 && section.Value is null)
            return null;
        return children.Count > 0
            ? [.. children.Select(c => (c.Path, c.Value ?? ""))]
            : [.. section.Value!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => (section.Path, t))];
    }

    /// <summary>Source networks allowed to talk to the LAN channel: CIDR prefixes or single addresses; empty = all.</summary>
    private string[] ReadAllowedSources()
    {
        var sources = new List<string>();
        foreach (var (key, text) in ReadList("Lan:AllowedSources") ?? [])
        {
            if (!IPNetwork.TryParse(text, out _) && !IPAddress.TryParse(text, out _))
                throw Error(key, $"'{text}' is not a network; expected CIDR such as 10.20.0.0/16 or a single address such as 10.20.0.5");
            sources.Add(text);
        }
        return [.. sources];
    }

    /// <summary>The BMC key K_G (IPMI v2.0 §13.31): like a password, inline or from a 0600 file, at most 20 bytes.</summary>
    private byte[]? ReadBmcKey()
    {
        var inline = configuration["Lan:BmcKey"];
        var file = configuration["Lan:BmcKeyFile"];
        if (inline is not null && file is not null)
            throw Error("Lan:BmcKey", "and Lan:BmcKeyFile are both set; expected at most one of them");
        if (inline is null && file is null)
            return null;
        var key = file is null ? "Lan:BmcKey" : "Lan:BmcKeyFile";
        var bytes = Encoding.UTF8.GetBytes(file is null ? inline! : ReadPasswordFile(key, Path.GetFullPath(file, contentRoot)));
        if (bytes.Length is 0 or > UserSettings.MaxPasswordLength)
            throw Error(key, $"the key is {bytes.Length} bytes; expected 1 to {UserSettings.MaxPasswordLength} (as ipmitool's -k takes it)");
        return bytes;
    }

    private byte[] ReadPassword(string prefix)
    {
        var inline = configuration[$"{prefix}:Password"];
        var file = configuration[$"{prefix}:PasswordFile"];
        if (inline is not null && file is not null)
            throw Error($"{prefix}:Password", $"and {prefix}:PasswordFile are both set; expected exactly one of them");
        string password;
        if (file is not null)
            password = ReadPasswordFile($"{prefix}:PasswordFile", Path.GetFullPath(file, contentRoot));
        else if (inline is not null)
            password = inline;
        else
            throw Error($"{prefix}:PasswordFile", $"is missing; expected a file readable only by the service user that holds the password (or, for tests, {prefix}:Password)");
        var bytes = Encoding.UTF8.GetBytes(password);
        if (bytes.Length == 0)
            throw Error(file is null ? $"{prefix}:Password" : $"{prefix}:PasswordFile", "is empty; empty passwords are refused");
        if (bytes.Length > UserSettings.MaxPasswordLength)
            throw Error(file is null ? $"{prefix}:Password" : $"{prefix}:PasswordFile", $"the password is {bytes.Length} bytes; IPMI 2.0 allows at most {UserSettings.MaxPasswordLength}");
        return bytes;
    }

    private string ReadPasswordFile(string key, string path)
    {
        try
        {
            if ((File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                throw Error(key, $"{path} is readable or writable by group or others; expected mode 0600 (run: chmod 600 {path})");
            return File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(key, $"{path} cannot be read: {e.Message}");
        }
    }

    private SelFullPolicy ReadSelWhenFull()
    {
        const string key = "Sel:WhenFull";
        var text = configuration[key];
        return text?.ToLowerInvariant() switch
        {
            null or "stop" => SelFullPolicy.Stop,
            "overwrite" => SelFullPolicy.Overwrite,
            _ => throw Error(key, $"'{text}' is not valid; expected Stop (drop new events and set the overflow flag, the IPMI default) or Overwrite (erase the oldest entry)"),
        };
    }

    private PrivilegeLevel ReadPrivilege(string prefix)
    {
        var key = $"{prefix}:Privilege";
        var text = configuration[key];
        return text?.ToLowerInvariant() switch
        {
            null => throw Error(key, "is missing; expected User, Operator or Administrator"),
            "user" => PrivilegeLevel.User,
            "operator" => PrivilegeLevel.Operator,
            "administrator" or "admin" => PrivilegeLevel.Administrator,
            _ => throw Error(key, $"'{text}' is not valid; expected User, Operator or Administrator"),
        };
    }

    private ConfigurationException Error(string key, string problem) => new(key, SourceOf(key), problem);

    /// <summary>
    /// Names the configuration provider that supplied <paramref name="key"/> (the last one wins), or for a
    /// missing key the provider of its siblings, so "Users:0:Password is missing" points at the right file.
    /// </summary>
    private string SourceOf(string key)
    {
        if (configuration is not IConfigurationRoot root)
            return "configuration";
        var parent = ConfigurationPath.GetParentPath(key);
        var candidates = new[] { key }.Concat(parent is null ? [] : configuration.GetSection(parent).GetChildren().Select(c => c.Path));
        foreach (var candidate in candidates)
            foreach (var provider in root.Providers.Reverse())
                if (provider.TryGet(candidate, out _))
                    return provider switch
                    {
                        Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider json => json.Source.Path ?? "a JSON file",
                        Microsoft.Extensions.Configuration.CommandLine.CommandLineConfigurationProvider => "the command line",
                        Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationProvider => "the environment",
                        _ => provider.ToString() ?? "configuration",
                    };
        return "defaults";
    }
}
