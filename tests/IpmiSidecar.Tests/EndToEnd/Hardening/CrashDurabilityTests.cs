using System.Net;
using System.Text;
using System.Text.Json;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// DESIGN.md, Reliability: "a kill -9 at any moment loses no acknowledged change". SIGKILL lands at a random moment
/// while three sessions stream SEL additions, boot device changes (pxe, disk, cdrom in turn) and user name/password
/// changes; after each restart on the same state directory every acknowledged SEL entry is there by content, the
/// boot device and user are the last acknowledged ones (or the change in flight at the kill), the user logs in with
/// them, and every state file parses.
/// </summary>
[NonParallelizable]
public class CrashDurabilityTests
{
    private const int Kills = 3;
    private const int SelAddsPerRun = 150;

    [Test]
    public async Task Acknowledged_changes_survive_sigkill_in_the_middle_of_a_stream_of_them()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        TestContext.Out.WriteLine($"kill moments from seed {seed}");
        var sidecar = await SidecarProcess.StartAsync();
        var state = sidecar.StateDirectory;
        try
        {
            await PrepareStreamUserAsync(sidecar);
            var streams = new ChangeStreams();
            for (var kill = 1; kill <= Kills; kill++)
            {
                using var stop = new CancellationTokenSource();
                var running = streams.RunAsync(new IPEndPoint(IPAddress.Loopback, sidecar.Port), SelAddsPerRun, stop.Token);
                var moment = TimeSpan.FromMilliseconds(random.Next(300, 1500));
                await Task.Delay(moment);
                await sidecar.KillAsync();
                await stop.CancelAsync();
                await running.WaitAsync(TimeSpan.FromSeconds(10));
                await sidecar.DisposeAsync();
                TestContext.Out.WriteLine($"kill {kill} after {moment.TotalMilliseconds} ms: {streams.Sel.Acknowledged.Count} SEL entries, " +
                                          $"boot {streams.BootDevice.LastAcknowledged}, user {streams.UserName.LastAcknowledged}/{streams.UserPassword.LastAcknowledged} acknowledged");

                AssertStateFilesParse(state);
                sidecar = await SidecarProcess.StartWithStateAsync(state);
                await AssertEverythingAcknowledgedIsThereAsync(sidecar, streams);
            }
            Assert.That(new[] { streams.Sel.Acknowledged.Count, streams.BootDevice.Acknowledged.Count, streams.UserPassword.Acknowledged.Count },
                Is.All.GreaterThan(Kills), "every stream made progress (SEL, boot, user)");
        }
        finally
        {
            await sidecar.DisposeAsync();
        }
    }

    private static async Task<string> Ipmitool(SidecarProcess sidecar, params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    /// <summary>User 3 enabled with ADMINISTRATOR access on LAN channel 1, so its name and password can be proven by logging in.</summary>
    private static async Task PrepareStreamUserAsync(SidecarProcess sidecar)
    {
        var id = ChangeStreams.StreamUser.ToString();
        await Ipmitool(sidecar, "user", "set", "name", id, "h2start");
        await Ipmitool(sidecar, "user", "set", "password", id, "pwstart");
        await Ipmitool(sidecar, "user", "enable", id);
        await Ipmitool(sidecar, "channel", "setaccess", "1", id, "link=on", "ipmi=on", "callin=on", "privilege=4");
    }

    private static void AssertStateFilesParse(string state)
    {
        var files = Directory.GetFiles(state, "*.json");
        Assert.That(files.Select(Path.GetFileName), Is.SupersetOf(new[] { "sel.json", "boot-options.json", "users.json" }));
        foreach (var file in files)
            Assert.DoesNotThrow(() => JsonDocument.Parse(File.ReadAllBytes(file)).Dispose(), file);
        var leftovers = Directory.GetFiles(state).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Select(Path.GetFileName).ToArray();
        if (leftovers.Length > 0)
            TestContext.Out.WriteLine($"left by the kill (never read as state): {string.Join(", ", leftovers)}");
    }

    private static async Task AssertEverythingAcknowledgedIsThereAsync(SidecarProcess sidecar, ChangeStreams streams)
    {
        var raw = Path.Combine(sidecar.StateDirectory, "..", $"sel-{Guid.NewGuid():N}.bin");
        await Ipmitool(sidecar, "sel", "writeraw", raw);
        var bytes = await File.ReadAllBytesAsync(raw);
        File.Delete(raw);
        var present = Enumerable.Range(0, bytes.Length / 16).Select(i => Convert.ToHexString(bytes, i * 16 + 7, 9)).ToHashSet();
        var lost = streams.Sel.Acknowledged.Select(r => Convert.ToHexString(r, 7, 9)).Where(k => !present.Contains(k)).ToArray();

        var boot = await Ipmitool(sidecar, "chassis", "bootparam", "get", "5");
        var possibleBoot = streams.BootDevice.Possible.Select(d => $"Boot parameter data: c0{ChangeStreams.Devices.Single(x => x.Name == d).Selector:x2}000000").ToArray();

        var (name, password) = StoredUser(sidecar.StateDirectory);
        var login = await Support.Ipmitool.RunAsync(sidecar.Port, "17", name, password, "mc", "info");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lost, Is.Empty, "acknowledged SEL entries missing after the restart");
            if (possibleBoot.Length > 0)
                Assert.That(possibleBoot.Any(boot.Contains), Is.True, $"boot flags {boot} are not one of {string.Join(" | ", possibleBoot)}");
            if (streams.UserName.Possible.Count > 0)
                Assert.That(streams.UserName.Possible, Does.Contain(name), "user name");
            if (streams.UserPassword.Possible.Count > 0)
                Assert.That(streams.UserPassword.Possible, Does.Contain(password), "user password");
            Assert.That(login.ExitCode, Is.Zero, login.ToString);
        }
    }

    /// <summary>User 3 as users.json holds it (password base64, as PersistentUserStore writes it).</summary>
    private static (string Name, string Password) StoredUser(string state)
    {
        using var users = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(state, "users.json")));
        var user = users.RootElement.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == ChangeStreams.StreamUser);
        return (user.GetProperty("name").GetString()!, Encoding.ASCII.GetString(user.GetProperty("password").GetBytesFromBase64()));
    }
}
