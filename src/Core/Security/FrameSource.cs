namespace ChildSafety.Core.Security;

/// <summary>
/// An origin whose pages the site may show in an iframe (e.g. a video player a module renders). The site's
/// Content-Security-Policy allows frames from the registered origins only; a module registers its own as a singleton.
/// </summary>
public sealed record FrameSource(string Origin);
