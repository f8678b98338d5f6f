using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Handlers;
using Oem.Handlers.App;
using Oem.State;
using Oem.Tests.Support;

namespace Oem.Tests.Handlers.Support;

/// <summary>
/// The handlers of a node on manual time and a fresh state directory, driven through their registrations the way
/// the dispatcher drives them (privilege included).
/// </summary>
public sealed class HandlerHarness : IDisposable
{
    public HandlerHarness(FakeNode? node = null, OemHandlerOptions? options = null, string? stateDirectory = null)
    {
        Node = node ?? new FakeNode();
        Options = options ?? new OemHandlerOptions();
        StateDirectory = stateDirectory ?? Directory.CreateTempSubdirectory("handlers-test-").FullName;
        Handlers = Open();
    }

    public ManualTimeProvider Time { get; } = new();
    public FakeNode Node { get; }
    public OemHandlerOptions Options { get; }
    public string StateDirectory { get; }
    public OemHandlers Handlers { get; private set; }

    public FakePower Power => Node.FakePower;

    /// <summary>Builds the handlers again on the same state directory: a restart.</summary>
    public OemHandlers Reopen()
    {
        Handlers.Dispose();
        return Handlers = Open();
    }

    public CommandRegistration? Find(NetFn netFn, byte command, byte group = 0) =>
        Handlers.Commands.SingleOrDefault(c => c.Key == new CommandKey(netFn, command, group));

    public async Task<(CompletionCode Code, byte[] Data)> CallAsync(NetFn netFn, byte command, string requestHex,
        PrivilegeLevel privilege = PrivilegeLevel.Administrator, byte group = 0)
    {
        var registration = Find(netFn, command, group) ?? throw new AssertionException($"0x{(byte)netFn:X2}/0x{command:X2} is not registered");
        if (privilege < registration.MinimumPrivilege)
            return (CompletionCode.InsufficientPrivilege, []);
        var response = new byte[CommandRegistration.MaxResponseData];
        var result = await registration.Handler(new CommandContext(1, privilege, 2, 1), Hex.Bytes(requestHex), response, CancellationToken.None);
        return (result.Code, response[..result.DataLength]);
    }

    public void Dispose()
    {
        Handlers.Dispose();
        Directory.Delete(StateDirectory, recursive: true);
    }

    private OemHandlers Open() =>
        new(Node, Time, new StateDirectory(StateDirectory, NullLoggerFactory.Instance), Options, NullLoggerFactory.Instance,
            [new I2cTarget(1, 0x50), new I2cTarget(1, 0x51)]);
}
