namespace Ipmi.Lan.Users;

/// <summary>
/// The users the LAN channel authenticates. Lookups serve RAKP 1 (§13.20); the mutators serve the Set User
/// Name / Password / Access commands (IPMI v2.0 §22.26-22.30). Implementations are thread-safe.
/// </summary>
public interface IUserStore
{
    /// <summary>The number of user IDs the store has (reported by Get User Access).</summary>
    int MaxUsers { get; }

    /// <summary>The user whose name equals <paramref name="name"/> byte for byte, or null.</summary>
    UserAccount? FindByName(ReadOnlySpan<byte> name);

    UserAccount? Get(byte id);

    IReadOnlyList<UserAccount> List();

    /// <summary>Adds the user or replaces the one with the same ID.</summary>
    void Set(UserAccount account);

    /// <summary>False when no user has that ID.</summary>
    bool SetName(byte id, string name);

    bool SetPassword(byte id, ReadOnlySpan<byte> password);

    bool SetAccess(byte id, Ipmi.Protocol.PrivilegeLevel maxPrivilege, bool enabled);
}
