using System.Security.Cryptography;
using System.Text;
using Ipmi.Protocol;

namespace Ipmi.Lan.Users;

/// <summary>
/// A user who may open LAN sessions, IPMI v2.0 §6.9 / §22.26-22.30: a 1-based user ID, a name of at most
/// 16 ASCII bytes (empty = the slot's null name), a password of at most 20 bytes (the RAKP key Kuid, §13.31),
/// the highest privilege the user may reach on the LAN channel (<see cref="PrivilegeLevel.NoAccess"/> = none),
/// whether the user is enabled (Set User Password, §22.30) and whether IPMI messaging is enabled for the
/// user on the LAN channel (Set User Access, §22.26). A session is opened only when all three allow it.
/// </summary>
public sealed record UserAccount
{
    public const int MaxNameLength = 16;
    public const int MaxPasswordLength = 20;
    /// <summary>User IDs are six bits wide (§22.26, Table 22-33).</summary>
    public const byte MaxId = 63;

    private readonly byte[] _password;

    public UserAccount(byte id, string name, ReadOnlySpan<byte> password, PrivilegeLevel maxPrivilege, bool enabled = true, bool ipmiMessaging = true)
    {
        ArgumentOutOfRangeException.ThrowIfZero(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, MaxId);
        if (!IsValidName(name))
            throw new ArgumentException($"User name must be at most {MaxNameLength} printable ASCII characters.", nameof(name));
        if (password.Length > MaxPasswordLength)
            throw new ArgumentException($"Password must be at most {MaxPasswordLength} bytes.", nameof(password));
        Id = id;
        Name = name;
        NameBytes = Encoding.ASCII.GetBytes(name);
        _password = password.ToArray();
        MaxPrivilege = maxPrivilege;
        Enabled = enabled;
        IpmiMessaging = ipmiMessaging;
    }

    public byte Id { get; }
    public string Name { get; }
    public PrivilegeLevel MaxPrivilege { get; }
    public bool Enabled { get; }
    public bool IpmiMessaging { get; }

    /// <summary>The name as it appears in RAKP 1 (UNAMEm).</summary>
    internal byte[] NameBytes { get; }

    /// <summary>The password (for the persistent store); never logged (the record's generated ToString omits it).</summary>
    public ReadOnlySpan<byte> Password => _password;

    /// <summary>
    /// A slot nobody has configured yet: null name, no password, disabled, no access (§22.29: names read back as
    /// zeros). IPMI messaging is on, so naming, setting a password and a privilege and enabling the user (what
    /// `ipmitool user set name / set password / priv / enable` send) is enough to log in.
    /// </summary>
    public static UserAccount Empty(byte id) => new(id, "", [], PrivilegeLevel.NoAccess, enabled: false);

    public static UserAccount Create(byte id, string name, string password, PrivilegeLevel maxPrivilege, bool enabled = true) =>
        new(id, name, Encoding.UTF8.GetBytes(password), maxPrivilege, enabled);

    /// <summary>At most 16 characters, printable ASCII (space to tilde); empty is the null name.</summary>
    public static bool IsValidName(string name) =>
        name.Length <= MaxNameLength && name.All(c => c is >= ' ' and <= '~');

    public UserAccount WithName(string name) => new(Id, name, _password, MaxPrivilege, Enabled, IpmiMessaging);
    public UserAccount WithPassword(ReadOnlySpan<byte> password) => new(Id, Name, password, MaxPrivilege, Enabled, IpmiMessaging);
    public UserAccount WithEnabled(bool enabled) => new(Id, Name, _password, MaxPrivilege, enabled, IpmiMessaging);
    public UserAccount WithAccess(PrivilegeLevel maxPrivilege, bool ipmiMessaging) => new(Id, Name, _password, maxPrivilege, Enabled, ipmiMessaging);

    /// <summary>True when <paramref name="candidate"/>, zero-padded to 20 bytes, is this user's key (constant time, §22.30 "test password").</summary>
    public bool PasswordMatches(ReadOnlySpan<byte> candidate)
    {
        Span<byte> expected = stackalloc byte[MaxPasswordLength];
        Span<byte> actual = stackalloc byte[MaxPasswordLength];
        WriteKey(expected);
        actual.Clear();
        candidate[..Math.Min(candidate.Length, MaxPasswordLength)].CopyTo(actual);
        var equal = candidate.Length <= MaxPasswordLength && CryptographicOperations.FixedTimeEquals(expected, actual);
        CryptographicOperations.ZeroMemory(expected);
        CryptographicOperations.ZeroMemory(actual);
        return equal;
    }

    /// <summary>The password zero-padded to 20 bytes: the Kuid field of §13.31.</summary>
    internal void WriteKey(Span<byte> key)
    {
        key[..MaxPasswordLength].Clear();
        _password.CopyTo(key);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Name = {Name}, MaxPrivilege = {MaxPrivilege}, Enabled = {Enabled}, IpmiMessaging = {IpmiMessaging}");
        return true;
    }
}
