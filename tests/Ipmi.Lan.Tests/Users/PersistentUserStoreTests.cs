using System.Text.Json;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Support;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using IpmiSidecar.Users;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ipmi.Lan.Tests.Users;

/// <summary>src/IpmiSidecar/Users: users.json, its atomic writes and mode, and how it merges with the configured users.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PersistentUserStoreTests
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("lan2-users-");

    [TearDown]
    public void Remove() => _state.Delete(recursive: true);

    private static UserAccount[] Configured(string adminPassword = "secret") =>
    [
        UserAccount.Create(2, "admin", adminPassword, PrivilegeLevel.Administrator),
        UserAccount.Create(3, "operator", "opsecret", PrivilegeLevel.Operator),
    ];

    private PersistentUserStore Open(params UserAccount[] configured) =>
        PersistentUserStore.Open(_state.FullName, configured, NullLogger.Instance);

    private string FilePath => Path.Combine(_state.FullName, "users.json");

    [Test]
    public void First_start_writes_the_configured_users_to_a_0600_file()
    {
        var store = Open(Configured());
        Assert.That(store.List().Select(u => u.Name), Is.EqualTo(new[] { "admin", "operator" }));
        Assert.That(File.GetUnixFileMode(FilePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        using var json = JsonDocument.Parse(File.ReadAllText(FilePath));
        var admin = json.RootElement.GetProperty("users")[0];
        Assert.That(json.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(admin.GetProperty("id").GetInt32(), Is.EqualTo(2));
        Assert.That(admin.GetProperty("password").GetString(), Is.EqualTo("c2VjcmV0"), "base64 of 'secret'");
        Assert.That(admin.GetProperty("privilege").GetString(), Is.EqualTo("Administrator"));
        Assert.That(admin.GetProperty("changedOverIpmi").GetBoolean(), Is.False);
        Assert.That(_state.GetFiles(), Has.Length.EqualTo(1), "no temporary file left behind");
    }

    [Test]
    public void A_change_over_ipmi_survives_a_restart_and_wins_over_the_configuration()
    {
        Open(Configured()).TryUpdate(2, u => u.WithPassword("rotated"u8));
        var restarted = Open(Configured());
        Assert.That(restarted.Get(2)!.PasswordMatches("rotated"u8), Is.True);
        Assert.That(restarted.Get(3)!.PasswordMatches("opsecret"u8), Is.True);
        Assert.That(File.GetUnixFileMode(FilePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Users_never_changed_over_ipmi_follow_the_configuration()
    {
        Open(Configured()).TryUpdate(5, u => u.WithName("carol"));
        var restarted = Open(UserAccount.Create(2, "admin", "from-config", PrivilegeLevel.Administrator));
        Assert.That(restarted.Get(2)!.PasswordMatches("from-config"u8), Is.True, "a password changed in the configuration takes effect");
        Assert.That(restarted.Get(3), Is.Null, "a user removed from the configuration is removed");
        Assert.That(restarted.Get(5)!.Name, Is.EqualTo("carol"), "a user made over IPMI stays");
    }

    [Test]
    public void A_configured_user_whose_name_an_ipmi_user_took_is_left_out()
    {
        Open(Configured()).TryUpdate(7, u => u.WithName("ops"));
        var restarted = Open([.. Configured(), UserAccount.Create(4, "ops", "x", PrivilegeLevel.User)]);
        Assert.That(restarted.Get(4), Is.Null);
        Assert.That(restarted.FindByName("ops"u8)!.Id, Is.EqualTo(7));
    }

    [Test]
    public void A_duplicate_name_changes_nothing_on_disk()
    {
        var store = Open(Configured());
        var before = File.ReadAllText(FilePath);
        Assert.That(store.TryUpdate(3, u => u.WithName("admin")), Is.False);
        Assert.That(File.ReadAllText(FilePath), Is.EqualTo(before));
    }

    [Test]
    public void A_group_readable_file_is_made_0600()
    {
        Open(Configured());
        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Open(Configured());
        Assert.That(File.GetUnixFileMode(FilePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [TestCase("{")]
    [TestCase("{\"version\":2,\"users\":[]}")]
    [TestCase("{\"version\":1,\"users\":[{\"id\":2}]}")]
    public void An_unreadable_file_stops_start_up_naming_it(string content)
    {
        File.WriteAllText(FilePath, content);
        var error = Assert.Throws<InvalidDataException>(() => Open(Configured()));
        Assert.That(error!.Message, Does.Contain(FilePath));
    }

    [Test, Description("Set User Password over a session, then a restart: the new password opens a session")]
    public void A_password_set_over_ipmi_logs_in_after_a_restart()
    {
        using (var lan = new LanFixture(store: Open(Configured())))
        {
            byte[] request = [0x03, 0x02, .. "new-op-pass"u8, 0, 0, 0, 0, 0];
            new ScriptedClient(lan.Processor).Login(CipherSuite.Suite17, "admin", "secret")
                .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(0, 0x04)
                .SendCommand(NetFn.App, 0x47, request).ExpectResponse(0);
        }
        using var restarted = new LanFixture(store: Open(Configured()));
        new ScriptedClient(restarted.Processor).Login(CipherSuite.Suite3, "operator", "new-op-pass", PrivilegeLevel.Operator);
    }
}
