using System.Text.RegularExpressions;
using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Robustness;

/// <summary>
/// Issue 13: a change the sidecar cannot make durable is refused and not kept; a state file it cannot read is moved
/// aside and named, and the rest of the state loads.
/// </summary>
[NonParallelizable]
public partial class StateDurabilityTests
{
    private static Task<ToolResult> Ipmitool(SidecarProcess sidecar, params string[] command) =>
        Support.Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", command);

    private static async Task<string> Succeeds(SidecarProcess sidecar, params string[] command)
    {
        var result = await Ipmitool(sidecar, command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    private static async Task<string> BootFlags(SidecarProcess sidecar) =>
        BootParameterData().Match(await Succeeds(sidecar, "chassis", "bootparam", "get", "5")).Value;

    [GeneratedRegex("Boot parameter data: [0-9a-f]+")]
    private static partial Regex BootParameterData();

    [Test]
    public async Task A_full_state_disk_refuses_changes_keeps_the_running_state_and_resumes_without_a_restart()
    {
        if (!Tmpfs.CanMount)
            Assert.Ignore("needs root to mount a small tmpfs");
        await using var disk = await Tmpfs.MountAsync("size=256k");
        var state = Path.Combine(disk.Path, "state");
        var sidecar = await SidecarProcess.StartWithStateAsync(state);
        string selBefore, bootBefore, usersBefore;
        try
        {
            await Succeeds(sidecar, "chassis", "bootdev", "disk");
            (selBefore, bootBefore, usersBefore) =
                (await Succeeds(sidecar, "sel", "elist"), await BootFlags(sidecar), await Succeeds(sidecar, "user", "list", "1"));
            var filler = disk.Fill();

            var add = await Ipmitool(sidecar, RawRequests.AddSelEntry);
            var bootdev = await Ipmitool(sidecar, "chassis", "bootdev", "pxe");
            var rename = await Ipmitool(sidecar, "user", "set", "name", "5", "eve");
            var policy = await Ipmitool(sidecar, "chassis", "policy", "always-on");
            var systemName = await Ipmitool(sidecar, "mc", "setsysinfo", "system_name", "node-b");

            Assert.That(add.ExitCode, Is.Not.Zero, add.ToString);
            Assert.That(add.StdErr, Does.Contain("rsp=0xc4): Out of space"), add.ToString);
            Assert.That(bootdev.StdErr, Does.Contain("Set Chassis Boot Parameter 5 failed: Out of space"), bootdev.ToString); // ipmitool exits 0 all the same
            Assert.That(rename.ExitCode, Is.Not.Zero, rename.ToString);
            Assert.That(policy.StdErr, Does.Contain("Out of space"), policy.ToString);
            Assert.That(systemName.StdErr, Does.Contain("setsysinfo command failed: Out of space"), systemName.ToString); // exit 0 all the same
            Assert.That(await Succeeds(sidecar, "chassis", "status"), Does.Match(@"Power Restore Policy\s+: always-off"));
            Assert.That(await Succeeds(sidecar, "mc", "getsysinfo", "system_name"), Does.Not.Contain("node-b"));
            Assert.That(await Succeeds(sidecar, "sel", "elist"), Is.EqualTo(selBefore), "the refused entry is not in the running SEL");
            Assert.That(await BootFlags(sidecar), Is.EqualTo(bootBefore));
            Assert.That(await Succeeds(sidecar, "user", "list", "1"), Is.EqualTo(usersBefore));

            File.Delete(filler);
            await Succeeds(sidecar, RawRequests.AddSelEntry);
            await Succeeds(sidecar, "chassis", "bootdev", "pxe");
            Assert.That(await sidecar.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, sidecar.Output);
        }
        finally
        {
            await sidecar.DisposeAsync();
        }
        Assert.That(sidecar.Output, Does.Not.Contain("Unhandled exception"));

        await using var restarted = await SidecarProcess.StartWithStateAsync(state);
        var selAfter = await Succeeds(restarted, "sel", "elist");
        Assert.That(Lines(selAfter), Is.EqualTo(Lines(selBefore) + 1), selAfter);
        Assert.That(await BootFlags(restarted), Is.Not.EqualTo(bootBefore).And.StartWith("Boot parameter data: 8004"), "force PXE, acknowledged after space returned");
    }

    private static int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static readonly string[] StateFilesWritten =
        ["boot-options.json", "chassis-policy.json", "dcmi-identity.json", "power-limit.json", "power-state.json", "sel-clock.json", "sel.json",
         "sensor-settings.json", "system-info.json"];

    [TestCase("truncated")]
    [TestCase("garbage")]
    [TestCase("empty")]
    [TestCase("wrong shape")]
    public async Task Every_corrupt_state_file_is_moved_aside_with_one_warning_and_the_sidecar_starts(string corruption)
    {
        var first = await SidecarProcess.StartAsync();
        try
        {
            await Succeeds(first, "chassis", "bootdev", "disk", "options=persistent");
            await Succeeds(first, "chassis", "policy", "always-on");
            await Succeeds(first, RawRequests.AddSelEntry);
            await Succeeds(first, "raw", "0x0a", "0x49", "0x00", "0x00", "0x00", "0x69"); // Set SEL Time (§31.11): 0x69000000
            await Succeeds(first, "mc", "setsysinfo", "system_name", "node-a");
            await Succeeds(first, "dcmi", "power", "set_limit", "limit", "300");
            await Succeeds(first, "dcmi", "set_asset_tag", "rack-7");
            await Succeeds(first, "sensor", "thresh", "Inlet Temp", "upper", "38", "42", "48");
            await Succeeds(first, "chassis", "power", "on");
            Assert.That(await first.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, first.Output);
        }
        finally
        {
            await first.DisposeAsync();
        }
        var files = Directory.GetFiles(first.StateDirectory, "*.json").Select(Path.GetFileName).Where(name => name != "users.json").ToList();
        Assert.That(files, Is.SupersetOf(StateFilesWritten));
        foreach (var name in files)
        {
            var path = Path.Combine(first.StateDirectory, name!);
            var valid = await File.ReadAllBytesAsync(path);
            await File.WriteAllBytesAsync(path, corruption switch
            {
                "truncated" => valid[..(valid.Length / 2)],
                "garbage" => [0x00, 0xFF, 0x7B, 0x22, 0x13, 0x88, 0x00],
                "empty" => [],
                _ => "[1, 2, 3]"u8.ToArray(),
            });
        }

        await using var second = await SidecarProcess.StartWithStateAsync(first.StateDirectory);

        Assert.That(await Succeeds(second, "mc", "info"), Does.Contain("IPMI Version"), "users.json loads: admin logs in");
        foreach (var name in files)
        {
            var path = Path.Combine(first.StateDirectory, name!);
            Assert.That(Regex.Matches(second.Output, $"State file '{Regex.Escape(path)}' is unreadable .*; moved aside to '{Regex.Escape(path)}\\.corrupt-\\d{{8}}T\\d{{6}}Z'; lost: "),
                Has.Count.EqualTo(1), second.Output);
            Assert.That(Directory.GetFiles(first.StateDirectory, name + ".corrupt-*"), Has.Length.EqualTo(1));
        }
        Assert.That(await Succeeds(second, "chassis", "status"), Does.Match(@"Power Restore Policy\s+: always-off"), "the default, as on a new board");
    }

    [Test]
    public async Task A_corrupt_sel_loses_only_the_sel()
    {
        var first = await SidecarProcess.StartAsync();
        try
        {
            await Succeeds(first, "chassis", "bootdev", "disk", "options=persistent");
            await Succeeds(first, "chassis", "policy", "always-on");
            await Succeeds(first, RawRequests.AddSelEntry);
            Assert.That(await first.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, first.Output);
        }
        finally
        {
            await first.DisposeAsync();
        }
        await File.WriteAllTextAsync(Path.Combine(first.StateDirectory, "sel.json"), "{ \"records\": [ \"AAECAw");

        await using var second = await SidecarProcess.StartWithStateAsync(first.StateDirectory);

        Assert.That(second.Output, Does.Contain("sel.json' is unreadable").And.Contain("lost: the System Event Log's entries"));
        Assert.That(Regex.Matches(second.Output, "is unreadable"), Has.Count.EqualTo(1), second.Output);
        Assert.That(await BootFlags(second), Does.StartWith("Boot parameter data: c008"), "boot-options.json loads as it was");
        Assert.That(await Succeeds(second, "chassis", "status"), Does.Match(@"Power Restore Policy\s+: always-on"));
    }
}
