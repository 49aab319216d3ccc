; Inno Setup 6 script: a per-user installation of the one-folder bundle, no administrator rights.
;
;   uv run --group packaging python packaging\build_bundle.py          (dist\Passerelles\ and build\bundle\stage\)
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\passerelles.iss      (dist\Passerelles-0.1.0-installation.exe)
;
; Installs into %LOCALAPPDATA%\Programs\Passerelles ({userpf}), adds a Start-menu shortcut (and a desktop
; one if ticked) and an uninstaller listed in Settings > Apps. The catalogue, settings and logs live in
; %LOCALAPPDATA%\Passerelles and are never touched by installing, upgrading or uninstalling.
; Paths are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Passerelles"
#endif
#ifndef StageDir
  #define StageDir "..\..\build\bundle\stage"
#endif

[Setup]
AppId={{6E0B6C1D-3F5A-4C47-9D8E-2A61B5F0C913}
AppName=Passerelles
AppVersion={#AppVersion}
AppVerName=Passerelles {#AppVersion}
AppPublisher=Ville — Direction des relations internationales
VersionInfoVersion={#AppVersion}
DefaultDirName={userpf}\Passerelles
DefaultGroupName=Passerelles
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Passerelles-{#AppVersion}-installation
SetupIconFile={#StageDir}\passerelles.ico
UninstallDisplayIcon={app}\Passerelles.exe
UninstallDisplayName=Passerelles
Uninstallable=yes
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole folder; an upgrade first removes the previous version's _internal (see [InstallDelete])
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Passerelles"; Filename: "{app}\Passerelles.exe"; WorkingDir: "{app}"; Comment: "Registre des partenariats internationaux"
Name: "{userdesktop}\Passerelles"; Filename: "{app}\Passerelles.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Passerelles.exe"; Description: "{cm:LaunchProgram,Passerelles}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
