using I2cBridge;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Oem.State;

namespace Oem.Handlers;

/// <summary>
/// The one place where a fault escaping a handler becomes a completion code (IPMI v2.0 §5.2, Table 5-2).
/// Bus failures follow DESIGN.md's reliability rules: a timeout is 0xC3, a busy bus 0xC0, anything else
/// the bus did is 0xCE "response unavailable". Handlers that owe a command-specific code (Master
/// Write-Read's 0x81-0x84) catch <see cref="I2cException"/> themselves. A change that could not be persisted
/// (<see cref="StateWriteException"/>) is 0xC4 "out of space" on a full disk, else 0xFF; either way nothing changed.
/// </summary>
public sealed class CompletionCodeMapper : ICompletionCodeMapper
{
    public CompletionCode Map(Exception exception) => exception switch
    {
        I2cException { Failure: I2cFailure.Timeout } => CompletionCode.Timeout,
        I2cException { Failure: I2cFailure.BusBusy } => CompletionCode.NodeBusy,
        I2cException => CompletionCode.ResponseUnavailable,
        TimeoutException => CompletionCode.Timeout,
        StateWriteException { OutOfSpace: true } => CompletionCode.OutOfSpace,
        _ => CompletionCode.Unspecified,
    };
}
