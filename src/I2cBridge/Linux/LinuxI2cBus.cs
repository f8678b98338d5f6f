using I2cBridge.Linux.Interop;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Linux;

/// <summary>
/// An I2C adapter through the Linux i2c-dev interface (Documentation/i2c/dev-interface.rst). The device node is
/// opened once and kept; I2C_FUNCS is probed at open. Raw transfers are one I2C_RDWR ioctl each when the adapter
/// has I2C_FUNC_I2C, otherwise they are mapped to one I2C_SMBUS transaction (<see cref="LinuxSmbusPlan"/>).
/// </summary>
public sealed unsafe partial class LinuxI2cBus : I2cBus
{
    private readonly string _path;
    private readonly LinuxI2cBusOptions _options;
    private SafeFileHandle _handle;
    private int _boundAddress = -1;
    private bool _pecEnabled;

    public LinuxI2cBus(int busId, LinuxI2cBusOptions? options = null)
        : base(busId)
    {
        _options = options ?? new LinuxI2cBusOptions();
        _path = _options.DevicePath ?? $"/dev/i2c-{busId}";
        _handle = OpenAndProbe(out var functionality);
        Functionality = functionality;
    }

    public string DevicePath => _path;

    /// <summary>What the adapter supports, from I2C_FUNCS at open.</summary>
    public LinuxI2cFunctionality Functionality { get; private set; }

    /// <summary>Reopens the device node: the only recovery user space has (bus-clear pulses are the adapter driver's).</summary>
    public override void Recover()
    {
        var fresh = OpenAndProbe(out var functionality);
        var old = _handle;
        _handle = fresh;
        Functionality = functionality;
        _boundAddress = -1;
        _pecEnabled = false;
        old.Dispose();
    }

    protected override void WriteReadCore(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if ((Functionality & LinuxI2cFunctionality.I2c) != 0)
            TransferRdwr(deviceAddress, write, read);
        else
            TransferAsSmbus(deviceAddress, write, read);
    }

    private void TransferRdwr(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if (write.Length > I2cDev.MaxMessageLength || read.Length > I2cDev.MaxMessageLength)
            ThrowHelper.ThrowArgument(nameof(write), $"i2c-dev messages are at most {I2cDev.MaxMessageLength} bytes.");

        var msgs = stackalloc i2c_msg[2];
        fixed (byte* w = write)
        fixed (byte* r = read)
        {
            uint n = 0;
            if (write.Length > 0 || read.Length == 0)
                msgs[n++] = new i2c_msg { addr = (ushort)deviceAddress, flags = 0, len = (ushort)write.Length, buf = w };
            if (read.Length > 0)
                msgs[n++] = new i2c_msg { addr = (ushort)deviceAddress, flags = I2cDev.I2C_M_RD, len = (ushort)read.Length, buf = r };

            var data = new i2c_rdwr_ioctl_data { msgs = msgs, nmsgs = n };
            var done = Libc.Ioctl(_handle, I2cDev.I2C_RDWR, &data);
            if (done < 0)
                throw I2cErrno.ToException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), BusId, deviceAddress, "I2C_RDWR");
            if (done != n)
                ThrowHelper.ThrowI2c(I2cFailure.Io, BusId, deviceAddress, $"short transfer: {done} of {n} messages");
        }
    }

    private SafeFileHandle OpenAndProbe(out LinuxI2cFunctionality functionality)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new I2cException(I2cFailure.Io, BusId, -1, $"Cannot open {_path}: {e.Message}", e);
        }

        try
        {
            nuint funcs = 0;
            Ioctl(handle, I2cDev.I2C_FUNCS, &funcs, -1, "I2C_FUNCS");
            functionality = (LinuxI2cFunctionality)(uint)funcs;
            if (_options.AdapterTimeout is { } timeout)
                Ioctl(handle, I2cDev.I2C_TIMEOUT, (void*)(nuint)Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds / 10)), -1, "I2C_TIMEOUT");
            if (_options.AdapterRetries is { } retries)
                Ioctl(handle, I2cDev.I2C_RETRIES, (void*)(nuint)retries, -1, "I2C_RETRIES");
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private void Ioctl(SafeFileHandle handle, nuint request, void* arg, int deviceAddress, string name)
    {
        if (Libc.Ioctl(handle, request, arg) < 0)
            throw I2cErrno.ToException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), BusId, deviceAddress, name);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _handle.Dispose();
        base.Dispose(disposing);
    }
}
