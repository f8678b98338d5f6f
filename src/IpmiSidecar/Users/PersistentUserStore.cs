using Ipmi.Lan.Users;
using Microsoft.Extensions.Logging;

namespace IpmiSidecar.Users;

/// <summary>
/// An <see cref="IUserStore"/> kept in <c>&lt;State:Directory&gt;/users.json</c> (mode 0600: it holds the
/// passwords, which RAKP needs in the clear). Every change made over IPMI (Set User Name / Password / Access)
/// is written before the command is acknowledged, atomically (<see cref="UserFile.Write"/>), so a kill -9
/// loses no acknowledged change. At start-up the configured users are merged in (<see cref="UserMerge"/>):
/// the state file wins for users changed over IPMI, the configuration for the rest.
/// </summary>
public sealed class PersistentUserStore : IUserStore
{
    public const string FileName = "users.json";

    private readonly string _path;
    private readonly Lock _sync = new();
    private readonly HashSet<byte> _changedOverIpmi;
    private volatile InMemoryUserStore _users;

    private PersistentUserStore(string path, InMemoryUserStore users, HashSet<byte> changedOverIpmi)
    {
        _path = path;
        _users = users;
        _changedOverIpmi = changedOverIpmi;
    }

    /// <summary>
    /// Loads (or creates) the store in <paramref name="stateDirectory"/>, merging <paramref name="configured"/>
    /// users in, and writes the merged result back. A state file that cannot be read stops start-up with an
    /// <see cref="InvalidDataException"/> naming it, rather than silently falling back to the configuration.
    /// </summary>
    public static PersistentUserStore Open(string stateDirectory, IReadOnlyList<UserAccount> configured, ILogger logger,
        int maxUsers = InMemoryUserStore.DefaultMaxUsers)
    {
        Directory.CreateDirectory(stateDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = Path.Combine(stateDirectory, FileName);
        var saved = File.Exists(path) ? UserFile.Read(path, logger) : [];
        var merged = UserMerge.Merge(saved, configured, logger);
        var store = new PersistentUserStore(path, new InMemoryUserStore(merged.Select(e => e.Account), maxUsers),
            [.. merged.Where(e => e.ChangedOverIpmi).Select(e => e.Account.Id)]);
        store.Save(store._users.List());
        return store;
    }

    public string FilePath => _path;

    public int MaxUsers => _users.MaxUsers;

    public UserAccount? FindByName(ReadOnlySpan<byte> name) => _users.FindByName(name);

    public UserAccount? Get(byte id) => _users.Get(id);

    public IReadOnlyList<UserAccount> List() => _users.List();

    /// <summary>Applies the change, writes the file, and only then makes the change visible; a failed write changes nothing and throws.</summary>
    public bool TryUpdate(byte id, Func<UserAccount, UserAccount> change)
    {
        lock (_sync)
        {
            var next = new InMemoryUserStore(_users.List(), _users.MaxUsers);
            if (!next.TryUpdate(id, change))
                return false;
            var changed = new HashSet<byte>(_changedOverIpmi) { id };
            UserFile.Write(_path, next.List().Select(u => new UserFile.Entry(u, changed.Contains(u.Id))));
            _changedOverIpmi.Add(id);
            _users = next;
            return true;
        }
    }

    private void Save(IReadOnlyList<UserAccount> users)
    {
        lock (_sync)
            UserFile.Write(_path, users.Select(u => new UserFile.Entry(u, _changedOverIpmi.Contains(u.Id))));
    }
}
