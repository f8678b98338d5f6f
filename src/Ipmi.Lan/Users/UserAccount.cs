using System.Text;
using Ipmi.Protocol;

namespace Ipmi.Lan.Users;

/// <summary>
/// A user who may open LAN sessions, IPMI v2.0 §6.9 / §22.26-22.30: a 1-based user ID, a name of at most
/// 16 ASCII bytes, a password of at most 20 bytes (the RAKP key Kuid, §13.31), the highest privilege the
/// user may reach on the LAN channel, and whether the user is enabled.
/// </summary>
public sealed record UserAccount
{
    public const int MaxNameLength = 16;
    public const int MaxPasswordLength = 20;

    public UserAccount(byte id, string name, ReadOnlySpan<byte> password, PrivilegeLevel maxPrivilege, bool enabled = true)
    {
        ArgumentOutOfRangeException.ThrowIfZero(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, (byte)63);
        if (!Ascii.IsValid(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"User name must be at most {MaxNameLength} ASCII characters.", nameof(name));
        if (password.Length > MaxPasswordLength)
            throw new ArgumentException($"Password must be at most {MaxPasswordLength} bytes.", nameof(password));
        Id = id;
        Name = name;
        NameBytes = Encoding.ASCII.GetBytes(name);
        Password = password.ToArray();
        MaxPrivilege = maxPrivilege;
        Enabled = enabled;
    }

    public byte Id { get; }
    public string Name { get; }
    public PrivilegeLevel MaxPrivilege { get; }
    public bool Enabled { get; }

    /// <summary>The name as it appears in RAKP 1 (UNAMEm).</summary>
    internal byte[] NameBytes { get; }

    /// <summary>The password; never logged (the record's generated ToString omits it).</summary>
    internal byte[] Password { get; }

    public static UserAccount Create(byte id, string name, string password, PrivilegeLevel maxPrivilege, bool enabled = true) =>
        new(id, name, Encoding.UTF8.GetBytes(password), maxPrivilege, enabled);

    public UserAccount WithName(string name) => new(Id, name, Password, MaxPrivilege, Enabled);
    public UserAccount WithPassword(ReadOnlySpan<byte> password) => new(Id, Name, password, MaxPrivilege, Enabled);
    public UserAccount WithAccess(PrivilegeLevel maxPrivilege, bool enabled) => new(Id, Name, Password, maxPrivilege, enabled);

    /// <summary>The password zero-padded to 20 bytes: the Kuid field of §13.31.</summary>
    internal void WriteKey(Span<byte> key)
    {
        key[..MaxPasswordLength].Clear();
        Password.CopyTo(key);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Id = {Id}, Name = {Name}, MaxPrivilege = {MaxPrivilege}, Enabled = {Enabled}");
        return true;
    }
}
