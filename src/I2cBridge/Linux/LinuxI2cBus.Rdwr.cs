using System.Runtime.InteropServices;
using I2cBridge.Linux.Interop;
using DeviceI2c = System.Device.I2c;

namespace I2cBridge.Linux;

/// <summary>
/// Raw transfers through System.Device.I2c (dotnet/iot, its Linux UnixI2cBus): one I2C_RDWR ioctl with a write
/// message, a read message, or both joined by a repeated START, on the package's own descriptor of the node.
/// </summary>
public sealed partial class LinuxI2cBus
{
    private readonly Dictionary<int, DeviceI2c.I2cDevice> _targets = [];
    private DeviceI2c.I2cBus? _rdwr;

    /// <summary>The package's bus on an adapter with I2C_FUNC_I2C; null on an SMBus-only one, which it cannot drive.</summary>
    private DeviceI2c.I2cBus? OpenRdwr(LinuxI2cFunctionality functionality)
    {
        if ((functionality & LinuxI2cFunctionality.I2c) == 0)
            return null;
        try
        {
            return DeviceI2c.I2cBus.Create(_adapter);
        }
        catch (IOException e)
        {
            throw new I2cException(I2cFailure.Io, BusId, -1, $"Cannot open {_path}: {e.Message}", e);
        }
    }

    private void CloseRdwr()
    {
        _targets.Clear();
        _rdwr?.Dispose();
        _rdwr = null;
    }

    private void TransferRdwr(DeviceI2c.I2cBus bus, int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if (write.Length > I2cDev.MaxMessageLength || read.Length > I2cDev.MaxMessageLength)
            ThrowHelper.ThrowArgument(nameof(write), $"i2c-dev messages are at most {I2cDev.MaxMessageLength} bytes.");

        if (!_targets.TryGetValue(deviceAddress, out var target))
            _targets[deviceAddress] = target = bus.CreateDevice(deviceAddress);

        Marshal.SetLastPInvokeError(0);
        try
        {
            if (read.IsEmpty)
                target.Write(write);
            else if (write.IsEmpty)
                target.Read(read);
            else
                target.WriteRead(write, read);
        }
        catch (IOException e)
        {
            // The package's IOException carries text only. Its ioctl is declared SetLastError, so the kernel's errno is
            // still this thread's last P/Invoke error: ENXIO / EREMOTEIO become a NACK as on every other path.
            var errno = Marshal.GetLastPInvokeError();
            throw errno != 0
                ? I2cErrno.ToException(errno, BusId, deviceAddress, "I2C_RDWR", e)
                : new I2cException(I2cFailure.Io, BusId, deviceAddress, e.Message, e);
        }
    }
}
