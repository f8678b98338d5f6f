using System.Net;
using System.Text;
using Ipmi.Protocol;
using IpmiLoad.Client;

namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// Three client streams of persistent changes, each on its own RMCP+ session (suite 17) from the bench console:
/// Add SEL Entry (IPMI v2.0 §31.6), Set System Boot Options parameter 5 (§28.12, Table 28-14), and Set User Name /
/// Set User Password of user 3 (§22.28, §22.30). Each records what was acknowledged in its ledger and stops when
/// cancelled or when the sidecar stops answering.
/// </summary>
public sealed class ChangeStreams
{
    public const byte StreamUser = 3;
    private const byte AddSelEntry = 0x44, SetBootOptions = 0x08, SetUserName = 0x45, SetUserPassword = 0x47;
    private const byte BootFlagsParameter = 5;
    /// <summary>Boot flags byte 2 device selectors (§28.12, Table 28-14 data 2 [5:2]), alternated as `chassis bootdev pxe|disk|cdrom`.</summary>
    public static readonly (string Name, byte Selector)[] Devices = [("pxe", 0x04), ("disk", 0x08), ("cdrom", 0x14)];

    private int _selKey;

    public ChangeLedger<byte[]> Sel { get; } = new();
    public ChangeLedger<string> BootDevice { get; } = new();
    public ChangeLedger<string> UserName { get; } = new();
    public ChangeLedger<string> UserPassword { get; } = new();

    /// <summary>
    /// Logs the three sessions in to <paramref name="server"/>, then runs the streams until <paramref name="stop"/> or
    /// the first unanswered request; SEL additions are paced at one per <see cref="SelPace"/>, at most
    /// <paramref name="maxSelAdds"/> (the SEL holds 512).
    /// </summary>
    public Task RunAsync(IPEndPoint server, int maxSelAdds, CancellationToken stop)
    {
        var consoles = new List<UdpConsole>();
        for (var i = 0; i < 3; i++)
        {
            var console = new UdpConsole(server, new RmcpPlusConsole(ConsoleSuite.Suite17, "admin", "ipmisidecar"), TimeSpan.FromMilliseconds(500));
            consoles.Add(console);
            if (!console.TryLogin())
            {
                consoles.ForEach(c => c.Dispose());
                throw new InvalidOperationException($"stream session {i} could not log in");
            }
        }
        return Task.WhenAll(
            Stream(consoles[0], stop, (console, _) => AddSel(console, stop), maxSelAdds),
            Stream(consoles[1], stop, (console, i) => SetBoot(console, Devices[i % Devices.Length]), int.MaxValue),
            Stream(consoles[2], stop, SetUser, int.MaxValue));
    }

    public static readonly TimeSpan SelPace = TimeSpan.FromMilliseconds(8);

    /// <summary>The 16-byte system event record of SEL stream entry <paramref name="key"/>; bytes 7-15 carry it (Table 32-1).</summary>
    public static byte[] SelRecord(int key) =>
        [0x00, 0x00, 0x02, 0, 0, 0, 0, 0x41, 0x00, 0x04, 0x01, (byte)(key >> 16), 0x01, 0x57, (byte)key, (byte)(key >> 8)];

    private static Task Stream(UdpConsole console, CancellationToken stop, Func<UdpConsole, int, bool> step, int maxSteps) => Task.Factory.StartNew(() =>
    {
        using (console)
        {
            for (var i = 0; i < maxSteps && !stop.IsCancellationRequested; i++)
            {
                if (!step(console, i))
                    return;
            }
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private bool AddSel(UdpConsole console, CancellationToken stop)
    {
        stop.WaitHandle.WaitOne(SelPace);
        var record = SelRecord(Interlocked.Increment(ref _selKey));
        Sel.Sending(record);
        var ok = console.TryCommand(NetFn.Storage, AddSelEntry, record, out _);
        Sel.Answered(record, ok);
        return ok;
    }

    private bool SetBoot(UdpConsole console, (string Name, byte Selector) device)
    {
        BootDevice.Sending(device.Name);
        var ok = console.TryCommand(NetFn.Chassis, SetBootOptions, [BootFlagsParameter, 0xC0, device.Selector, 0x00, 0x00, 0x00], out _);
        BootDevice.Answered(device.Name, ok);
        return ok;
    }

    private bool SetUser(UdpConsole console, int i)
    {
        var name = $"h2u{i}";
        UserName.Sending(name);
        var ok = console.TryCommand(NetFn.App, SetUserName, [StreamUser, .. Padded(name)], out _);
        UserName.Answered(name, ok);
        if (!ok)
            return false;
        var password = $"pw{i}";
        UserPassword.Sending(password);
        ok = console.TryCommand(NetFn.App, SetUserPassword, [StreamUser, 0x02, .. Padded(password)], out _);
        UserPassword.Answered(password, ok);
        return ok;
    }

    private static byte[] Padded(string text)
    {
        var bytes = new byte[16];
        Encoding.ASCII.GetBytes(text, bytes);
        return bytes;
    }
}
